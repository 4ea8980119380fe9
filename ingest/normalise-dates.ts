// Stage 5: finds time expressions and normalises them against the publication date. chrono-node
// reads the phrases; we decide the precision, pick the year when the text leaves it out (and mark
// it inferred), read weekdays as the most recent such day, and keep durations ("the seven-month
// war", "within 90 days") and anchored phrases ("the following day") from becoming dates. With
// no publication date, anything that needs one stays relative: a date is never invented.
import * as chrono from 'chrono-node';
import { addDays, isoDay, lastDayOfMonth, weekdayOnOrBefore } from './calendar.js';
import type { DateValue, TextUnit, TimeExpression } from './model.js';

const DURATION =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)[\s-]+(?:hours?|days?|weeks?|months?|years?)\b(?!\s+(?:ago|earlier|later))/i;
const ANCHORED: readonly [RegExp, number][] = [
  [/\b(?:the following day|the next day|a day later|the day after)\b/gi, 1],
  [/\b(?:the previous day|the day before|a day earlier)\b/gi, -1],
];
const BARE_YEAR = /\b(?:in|since|of|by|until|from|the|early|late|mid-)\s+((?:19|20)\d\d)\b(?![-–]\d)/g;
const SEASON = /\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+((?:19|20)\d\d)\b/gi;
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

export function normaliseDates(units: readonly TextUnit[], published: string | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const unit of units) {
    const add = (
      at: number,
      text: string,
      value: DateValue,
      rule: string,
      anchorDays: number | null = null,
    ) => {
      const start = unit.start + at;
      if (found.some((f) => start < f.end && f.start < start + text.length)) return;
      found.push({ start, end: start + text.length, text, unit: unit.index, rule, anchorDays, ...value });
    };
    for (const [pattern, days] of ANCHORED) {
      for (const m of unit.text.matchAll(pattern)) add(m.index, m[0], RELATIVE, 'anchored-phrase', days);
    }
    for (const m of unit.text.matchAll(SEASON))
      add(m.index, m[0], season(m[1] ?? '', Number(m[2])), 'season');
    const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    for (const result of chrono.parse(
      unit.text,
      { instant: reference, timezone: 0 },
      { forwardDate: false },
    )) {
      if (DURATION.test(result.text) || NOW.test(result.text)) continue;
      const value = chronoValue(result, published);
      if (value) add(result.index, result.text.replace(/[\s,.;:]+$/, ''), value, 'chrono');
    }
    for (const m of unit.text.matchAll(BARE_YEAR)) {
      const year = m[1] ?? '';
      add(m.index, m[0], { ...yearValue(Number(year)), inferredYear: false }, 'year');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// chrono reads "now" as the reference instant; in news it is a state of affairs ("were now
// choosing peace"), never the date of an event, so it is not dated (unseen fixture 10).
const NOW = /^(?:right |just )?now$/i;

const RELATIVE: DateValue = {
  earliest: null,
  latest: null,
  precision: 'relative',
  value: null,
  inferredYear: false,
};

function chronoValue(result: chrono.ParsedResult, published: string | null): DateValue | null {
  const c = result.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const text = result.text.toLowerCase();
  if (/\bweek\b/.test(text))
    return published ? weekOf(published, /last|past|previous/.test(text) ? -7 : 0) : RELATIVE;
  if (/\b(?:this|last|next) year\b/.test(text)) {
    if (!published) return RELATIVE;
    const year = Number(published.slice(0, 4)) + (text.includes('last') ? -1 : text.includes('next') ? 1 : 0);
    return { ...yearValue(year), inferredYear: true };
  }
  if (/\b(?:today|yesterday|tomorrow|tonight)\b/.test(text)) {
    if (!published) return RELATIVE;
    const day = addDays(published, text.includes('yesterday') ? -1 : text.includes('tomorrow') ? 1 : 0);
    return { earliest: day, latest: day, precision: 'day', value: day, inferredYear: true };
  }
  if (known('weekday') && !known('day')) {
    if (!published) return RELATIVE;
    const day = weekdayOnOrBefore(published, c.get('weekday') ?? 0);
    return { earliest: day, latest: day, precision: 'day', value: day, inferredYear: true };
  }
  if (!known('month')) return null; // a time of day or a phrase we do not date
  const month = c.get('month') ?? 1;
  let year = known('year') ? (c.get('year') ?? 0) : null;
  const inferredYear = year === null;
  if (year === null) {
    if (!published) return RELATIVE;
    year = pastYearOf(published, month, known('day') ? (c.get('day') ?? 1) : 1);
  }
  if (known('day')) {
    const day = isoDay(year, month, c.get('day') ?? 1);
    return { earliest: day, latest: day, precision: 'day', value: day, inferredYear };
  }
  return {
    earliest: isoDay(year, month, 1),
    latest: isoDay(year, month, lastDayOfMonth(year, month)),
    precision: 'month',
    value: isoDay(year, month, 1).slice(0, 7),
    inferredYear,
  };
}

// News reports the past: a month and day without a year is the latest one not after publication
// (a week of slack for announced dates).
function pastYearOf(published: string, month: number, day: number): number {
  const year = Number(published.slice(0, 4));
  return isoDay(year, month, day) > addDays(published, 7) ? year - 1 : year;
}

function yearValue(year: number): Omit<DateValue, 'inferredYear'> {
  return {
    earliest: isoDay(year, 1, 1),
    latest: isoDay(year, 12, 31),
    precision: 'year',
    value: String(year),
  };
}

function season(name: string, year: number): DateValue {
  const [from, to] = SEASON_MONTHS[name.toLowerCase()] ?? [1, 12];
  const endYear = to < from ? year + 1 : year;
  return {
    earliest: isoDay(year, from, 1),
    latest: isoDay(endYear, to, lastDayOfMonth(endYear, to)),
    precision: 'approximate',
    value: String(year),
    inferredYear: false,
  };
}

function weekOf(published: string, shiftDays: number): DateValue {
  const monday = addDays(weekdayOnOrBefore(published, 1), shiftDays);
  return {
    earliest: monday,
    latest: addDays(monday, 6),
    precision: 'approximate',
    value: null,
    inferredYear: true,
  };
}
