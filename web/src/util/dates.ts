import type { DatePrecision } from '../graph/model.js';

// Calendar dates as the model stores them (`YYYY-MM-DD`, inclusive bounds) and how to say them.
// Fixed English month names keep labels identical on every machine.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(iso: string): Parts {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

export function formatDay(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatMonth(iso: string): string {
  const { year, month } = dateParts(iso);
  return `${MONTHS[month - 1]} ${year}`;
}

/** The day after an ISO date (exclusive ends for drawing inclusive bounds). */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A local-midnight Date for a calendar date (what a time axis in local time expects). */
export function localDate(iso: string): Date {
  const { year, month, day } = dateParts(iso);
  return new Date(year, month - 1, day);
}

/** A local Date back to its calendar date. */
export function isoOfLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daySpan(earliest: string, latest: string): string {
  const a = dateParts(earliest);
  const b = dateParts(latest);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${a.year}`;
  return `${formatDay(earliest)} – ${formatDay(latest)}`;
}

/** Words for an event's time that never claim more precision than the data has. */
export function describeTime(
  precision: DatePrecision,
  earliest: string | null,
  latest: string | null,
): string {
  if (precision === 'RELATIVE' || precision === 'UNKNOWN' || !earliest || !latest) {
    const known = precision === 'RELATIVE' ? 'known only by order' : 'date unknown';
    if (earliest && latest) return `${known}: between ${formatDay(earliest)} and ${formatDay(latest)}`;
    if (earliest) return `${known}: after ${formatDay(earliest)}`;
    if (latest) return `${known}: before ${formatDay(latest)}`;
    return known;
  }
  const span = earliest === latest ? formatDay(earliest) : daySpan(earliest, latest);
  switch (precision) {
    case 'DAY':
      return span;
    case 'MONTH':
      return earliest.slice(0, 7) === latest.slice(0, 7)
        ? `${formatMonth(earliest)} (month)`
        : `${span} (months)`;
    case 'YEAR':
      return earliest.slice(0, 4) === latest.slice(0, 4)
        ? `${earliest.slice(0, 4)} (year)`
        : `${span} (years)`;
    case 'APPROXIMATE':
      return `about ${span}`;
  }
}
