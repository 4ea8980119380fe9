import { describe, expect, it } from 'vitest';
import { readApiConfig } from '../../api/config.js';
import { readGraphConfig } from '../../graph/config.js';
import { DEFAULT_DATA_DIR } from '../../graph/project-paths.js';

describe('readGraphConfig', () => {
  it('starts the local Neo4j when NEO4J_URI is unset', () => {
    const config = readGraphConfig({});
    expect(config.uri).toBeUndefined();
    expect(config.local).toMatchObject({
      boltPort: 7687,
      heap: '2g',
      pageCache: '1g',
      dataDir: DEFAULT_DATA_DIR,
    });
  });

  it('uses the server named by NEO4J_URI, including neo4j:// routing URIs', () => {
    const config = readGraphConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(config).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 'secret',
      database: 'graph',
    });
  });

  it('names the variable and the expected form when a setting is malformed', () => {
    expect(() => readGraphConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /NEO4J_URI: must look like bolt:\/\//,
    );
    expect(() => readGraphConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: must be like 1g or 512m/);
  });
});

describe('readApiConfig', () => {
  it('serves on 127.0.0.1:4000 in development by default', () => {
    expect(readApiConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      dev: true,
      corsOrigins: '*',
      seedOnStart: true,
    });
  });

  it('masks errors in production and splits CORS origins', () => {
    const config = readApiConfig({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.dev).toBe(false);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('rejects a port that is not a number', () => {
    expect(() => readApiConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
