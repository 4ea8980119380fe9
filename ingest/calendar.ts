// Plain calendar arithmetic on ISO dates (UTC, no time of day), so no time zone shifts a date.
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The latest date on or before `iso` that falls on `day` (0 = Sunday). */
export function weekdayOnOrBefore(iso: string, day: number): string {
  return addDays(iso, -((weekday(iso) - day + 7) % 7));
}
