import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from './project-paths.js';

// Reads the graph layer's environment once. Names follow Neo4j's own tools (cypher-shell,
// neo4j-admin): NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'must be like 1g or 512m')
    .default('2g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i, 'must be like 1g or 512m')
    .default('1g'),
  CONFLICT_GRAPH_DATA_DIR: z.string().optional(),
});

export interface GraphConfig {
  /** Set when the user points us at their own server; unset means "start the local one". */
  uri: string | undefined;
  username: string;
  password: string | undefined;
  database: string | undefined;
  local: {
    boltPort: number;
    heap: string;
    pageCache: string;
    dataDir: string;
    mavenRepo: string;
  };
}

export function readGraphConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  // An empty variable (FOO=) means unset, as in most shells' and Compose's usage.
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid Neo4j settings in the environment:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    uri: e.NEO4J_URI,
    username: e.NEO4J_USERNAME,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    local: {
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      dataDir: e.CONFLICT_GRAPH_DATA_DIR ? resolve(e.CONFLICT_GRAPH_DATA_DIR) : DEFAULT_DATA_DIR,
      mavenRepo: resolve(homedir(), '.m2', 'repository'),
    },
  };
}
