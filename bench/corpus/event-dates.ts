import type { DatePrecision } from '../../graph/model/date-precision.js';
import type { Random } from './random.js';

// Event dates of the corpus: 2014–2026, mostly days, some months, years and approximate spans,
// a share only relative (placed by PRECEDES) and a few unknown, like real reporting.
const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAYS = Math.floor((Date.UTC(2026, 11, 31) - FIRST_DAY) / 86_400_000);

export interface EventDates {
  precision: DatePrecision;
  earliest: string | null;
  latest: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function randomEventDates(random: Random): EventDates {
  const day = FIRST_DAY + random.int(DAYS) * 86_400_000;
  const date = new Date(day);
  const roll = random.next();
  if (roll < 0.6) return { precision: 'day', earliest: iso(day), latest: iso(day) };
  if (roll < 0.78) {
    const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
    return { precision: 'month', earliest: iso(first), latest: iso(last) };
  }
  if (roll < 0.83) {
    const year = date.getUTCFullYear();
    return { precision: 'year', earliest: `${year}-01-01`, latest: `${year}-12-31` };
  }
  if (roll < 0.88) {
    return {
      precision: 'approximate',
      earliest: iso(day),
      latest: iso(day + (3 + random.int(40)) * 86_400_000),
    };
  }
  if (roll < 0.98) return { precision: 'relative', earliest: null, latest: null };
  return { precision: 'unknown', earliest: null, latest: null };
}
