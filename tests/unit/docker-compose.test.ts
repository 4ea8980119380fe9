import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

const run = promisify(execFile);
const composeFile = resolve(PROJECT_ROOT, 'docker-compose.yml');

describe('docker-compose.yml', () => {
  it('is accepted by `docker compose config -q`', async () => {
    // .ci/run (scripts/ensure-docker-compose.sh) installs the Compose CLI when it is missing.
    await expect(run('docker', ['compose', '-f', composeFile, 'config', '-q'])).resolves.toBeDefined();
  });

  it('runs Neo4j 5.26 with a health check and a named volume, and the app waits for it', async () => {
    const compose = parse(await readFile(composeFile, 'utf8'));
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});
