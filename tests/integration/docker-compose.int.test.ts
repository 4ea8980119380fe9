import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../graph/project-paths.js';

const run = promisify(execFile);
const composeFile = resolve(PROJECT_ROOT, 'docker-compose.yml');
const composeConfig = (env: NodeJS.ProcessEnv) =>
  run('docker', ['compose', '-f', composeFile, 'config', '-q'], { env });
const withoutPassword = () => {
  const { NEO4J_PASSWORD: _ignored, ...rest } = process.env;
  return rest;
};

describe('docker-compose.yml', () => {
  it('is accepted by `docker compose config -q` when NEO4J_PASSWORD is set', async () => {
    // .ci/run (scripts/ensure-docker-compose.sh) installs the Compose CLI when it is missing.
    await expect(composeConfig({ ...withoutPassword(), NEO4J_PASSWORD: 'test-only' })).resolves.toBeDefined();
  }, 30_000);

  it('validates without NEO4J_PASSWORD, and then Neo4j refuses to start instead of using a default', async () => {
    await expect(composeConfig(withoutPassword())).resolves.toBeDefined();
    const compose = parse(await readFile(composeFile, 'utf8'));
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-\}$/);
    // The container's guard, as its shell will see it (Compose turns $$ into $).
    const [shell, flag, script] = compose.services.neo4j.entrypoint as string[];
    const guard = (password: string) =>
      run(shell as string, [flag as string, (script as string).replaceAll('$$', '$')], {
        env: { PATH: process.env.PATH, HEALTHCHECK_PASSWORD: password },
      });
    await expect(guard('')).rejects.toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/NEO4J_PASSWORD is not set/),
    });
    // With a password the guard hands over to the image's entrypoint (absent here, so exec fails).
    await expect(guard('chosen')).rejects.not.toMatchObject({ code: 64 });
  }, 30_000);

  it('runs Neo4j 5.26 with a health check and a named volume, and the app waits for it', async () => {
    const compose = parse(await readFile(composeFile, 'utf8'));
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('restarts both services after a crash and keeps the password off the health check command line', async () => {
    const compose = parse(await readFile(composeFile, 'utf8'));
    expect(compose.services.neo4j.restart).toBe('unless-stopped');
    expect(compose.services.app.restart).toBe('unless-stopped');
    const healthcheck = compose.services.neo4j.healthcheck.test.join(' ');
    expect(healthcheck).not.toMatch(/-p\s|\$\{NEO4J_PASSWORD/);
    expect(healthcheck).toContain('$$HEALTHCHECK_PASSWORD');
  });
});
