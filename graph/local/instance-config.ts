import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NEO4J_BASE_CONF } from '../project-paths.js';

export interface InstanceSettings {
  /** Everything of this instance lives below it: conf/, data/, logs/, run/. */
  instanceDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

export interface InstanceLayout {
  homeDir: string;
  confDir: string;
  logsDir: string;
  jvmArgs: string[];
}

/**
 * Writes the instance's neo4j.conf (the committed base plus this instance's port, directories
 * and memory) and returns the JVM flags the official launcher would have passed.
 */
export async function writeInstanceConfig(settings: InstanceSettings): Promise<InstanceLayout> {
  const { instanceDir } = settings;
  const confDir = join(instanceDir, 'conf');
  const logsDir = join(instanceDir, 'logs');
  const dirs = ['data', 'logs', 'run', 'import', 'plugins', 'lib', 'licenses'].map((d) =>
    join(instanceDir, d),
  );
  await Promise.all([confDir, ...dirs].map((dir) => mkdir(dir, { recursive: true })));

  const base = await readFile(NEO4J_BASE_CONF, 'utf8');
  const instance = [
    '',
    '# --- written by graph/local/instance-config.ts for this instance ---',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    `server.directories.data=${join(instanceDir, 'data')}`,
    `server.directories.logs=${logsDir}`,
    `server.directories.run=${join(instanceDir, 'run')}`,
    `server.directories.import=${join(instanceDir, 'import')}`,
    `server.directories.plugins=${join(instanceDir, 'plugins')}`,
    `server.directories.licenses=${join(instanceDir, 'licenses')}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    '',
  ].join('\n');
  await writeFile(join(confDir, 'neo4j.conf'), base + instance);

  const jvmArgs = [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    ...base
      .split('\n')
      .map((line) => /^server\.jvm\.additional=(.+)$/.exec(line.trim())?.[1])
      .filter((arg): arg is string => Boolean(arg)),
  ];
  return { homeDir: instanceDir, confDir, logsDir, jvmArgs };
}
