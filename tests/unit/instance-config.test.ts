import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeInstanceConfig } from '../../graph/local/instance-config.js';

describe('writeInstanceConfig', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('binds Bolt to loopback on the instance port and keeps data inside the instance directory', async () => {
    dir = await mkdtemp(join(tmpdir(), 'instance-config-'));
    const layout = await writeInstanceConfig({
      instanceDir: dir,
      boltPort: 7999,
      heap: '1g',
      pageCache: '256m',
    });
    const conf = await readFile(join(layout.confDir, 'neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain(`server.directories.data=${join(dir, 'data')}`);
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('server.memory.pagecache.size=256m');
  });

  it('passes the heap size and every server.jvm.additional flag to java', async () => {
    dir = await mkdtemp(join(tmpdir(), 'instance-config-'));
    const { jvmArgs } = await writeInstanceConfig({
      instanceDir: dir,
      boltPort: 7999,
      heap: '1g',
      pageCache: '256m',
    });
    expect(jvmArgs.slice(0, 2)).toEqual(['-Xms1g', '-Xmx1g']);
    expect(jvmArgs).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(jvmArgs.every((arg) => !arg.startsWith('server.'))).toBe(true);
  });
});
