import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths anchored at the repository root, so commands work from any working directory.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NEO4J_POM = resolve(PROJECT_ROOT, 'graph/neo4j/pom.xml');
export const NEO4J_BASE_CONF = resolve(PROJECT_ROOT, 'graph/neo4j/neo4j.conf');
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, '.data');
export const CACHE_DIR = resolve(PROJECT_ROOT, '.data/cache');
