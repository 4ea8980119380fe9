// The one rule for calendar dates everywhere a date is accepted (API scalar, exports, seed files,
// web URLs): `YYYY-MM-DD` naming a day that exists, so 2025-02-30 is refused rather than rolled
// over to March the way `Date.parse` does.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What to tell someone who sent something else. */
export function calendarDateProblem(value: unknown): string {
  return `expected a calendar date "YYYY-MM-DD" (a day that exists), got ${JSON.stringify(value)}`;
}
