import type { YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';

export type { Logger };

// One JSON line per event on stdout (pino). Levels as LOG_LEVEL says; tests pass 'silent'.
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * Yoga's logger on top of ours: one line per call. Yoga logs every error its masking replaced,
 * which for us is either a known failure (unavailable, busy, past the deadline: the access log
 * carries its code) or a bug that use-request-log.ts logs once with its stack. So errors Yoga
 * hands over go to debug: a client cannot add lines by making requests fail.
 */
export function yogaLoggerOf(log: Logger): YogaLogger {
  const line =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) log.debug({ error: `${first.name}: ${first.message}` }, 'graphql-yoga');
      else log[level]({ detail: rest.length ? rest.map(String).join(' ') : undefined }, String(first));
    };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
