import { resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../graph/project-paths.js';
import { DEFAULT_OPERATION_GATE_LIMITS } from './operation-gate.js';

// Reads the API process's environment once (the graph layer has its own graph/config.ts).
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  // Loopback by default: a laptop database should not be on the network. Docker sets 0.0.0.0.
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CORS_ORIGINS: z.string().default('*'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  WEB_DIST_DIR: z.string().optional(),
  REQUIRE_TOKEN_FOR_READS: z.enum(['true', 'false']).default('false'),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  WRITE_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  READ_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(16),
  READ_QUEUE_LENGTH: z.coerce.number().int().min(0).max(100_000).default(256),
  READ_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  QUERY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .default(DEFAULT_OPERATION_GATE_LIMITS.maxRunning),
  QUERY_QUEUE_LENGTH: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(DEFAULT_OPERATION_GATE_LIMITS.maxQueued),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export interface ApiConfig {
  port: number;
  host: string;
  /** Development shows error details; production masks them behind stable codes. */
  dev: boolean;
  corsOrigins: string[] | '*';
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  seedOnStart: boolean;
  webDistDir: string;
  /** Bearer-token settings (api/use-auth.ts); writes always need an editor token. */
  auth: { requireTokenForReads: boolean; writesPerMinute: number };
  /** Every GraphQL request's time limit. */
  deadlineMs: number;
  /** A mutation's time limit (longer: an ingest on a busy machine, and a write is worth waiting for). */
  writeDeadlineMs: number;
  /** Reads running at once, reads waiting, and how long one may wait (api/read-gate.ts). */
  readGate: { maxConcurrent: number; maxQueued: number; queueWaitMs: number };
  /** GraphQL queries executing at once and waiting (api/operation-gate.ts); mutations never wait. */
  operationGate: { maxRunning: number; maxQueued: number; queueWaitMs: number };
  /** How long SIGTERM waits for in-flight requests before closing their sockets. */
  shutdownDrainMs: number;
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  // An empty variable (FOO=) means unset, as in most shells' and Compose's usage.
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server settings in the environment:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dev: e.NODE_ENV === 'development',
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START === 'true',
    auth: {
      requireTokenForReads: e.REQUIRE_TOKEN_FOR_READS === 'true',
      writesPerMinute: e.WRITE_RATE_LIMIT_PER_MINUTE,
    },
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : resolve(PROJECT_ROOT, 'web/dist'),
    deadlineMs: e.REQUEST_DEADLINE_MS,
    writeDeadlineMs: e.WRITE_DEADLINE_MS,
    readGate: {
      maxConcurrent: e.READ_CONCURRENCY,
      maxQueued: e.READ_QUEUE_LENGTH,
      queueWaitMs: e.READ_QUEUE_WAIT_MS,
    },
    operationGate: {
      maxRunning: e.QUERY_CONCURRENCY,
      maxQueued: e.QUERY_QUEUE_LENGTH,
      queueWaitMs: e.READ_QUEUE_WAIT_MS,
    },
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
  };
}
