// Stage 6: finds events from trigger phrases, one per sentence and type, with their date. A
// proposed, demanded or conditional event ("agreed to exchange", "if Russia refused a ceasefire")
// is not an event. A later mention of the same event ("the talks", an undated "the swap", the
// title) is merged into the first one instead of becoming a duplicate.
import { addDays } from './calendar.js';
import { DEFINITE_BEFORE, EVENT_TRIGGERS, IRREALIS_BEFORE } from './lexicons/event-triggers.js';
import type { FoundEvent, Span, TextUnit, TimeExpression } from './model.js';

export function findEvents(
  text: string,
  units: readonly TextUnit[],
  times: readonly TimeExpression[],
): FoundEvent[] {
  const events: FoundEvent[] = [];
  const title = units.find((u) => u.kind === 'heading')?.text.toLowerCase() ?? '';
  // Sentences first, headings last: a headline names the lead event, it does not date it.
  const ordered = [
    ...units.filter((u) => u.kind === 'sentence'),
    ...units.filter((u) => u.kind === 'heading'),
  ];
  for (const unit of ordered) {
    const lower = unit.text.toLowerCase();
    for (const trigger of EVENT_TRIGGERS) {
      if (trigger.requires && !trigger.requires.test(lower) && !trigger.requires.test(title)) continue;
      for (const match of lower.matchAll(trigger.pattern)) {
        const before = lower.slice(0, match.index);
        // A war goes on even when someone proposes ending it.
        if (trigger.type !== 'armed-conflict' && IRREALIS_BEFORE.test(before)) continue;
        const start = unit.start + match.index;
        const span: Span = {
          start,
          end: start + match[0].length,
          text: text.slice(start, start + match[0].length),
        };
        const definite = DEFINITE_BEFORE.test(before) || unit.kind === 'heading';
        place(events, unit, trigger.type, span, definite, times);
      }
    }
    // A release inside an exchange is the exchange itself.
    if (events.some((e) => e.unit === unit.index && e.type === 'prisoner-exchange')) {
      for (let i = events.length - 1; i >= 0; i--)
        if (events[i]?.unit === unit.index && events[i]?.type === 'release') events.splice(i, 1);
    }
  }
  return events
    .sort((a, b) => a.trigger.start - b.trigger.start)
    .map((e, i) => ({ ...e, key: `new:event:${i + 1}` }));
}

function place(
  events: FoundEvent[],
  unit: TextUnit,
  type: FoundEvent['type'],
  trigger: Span,
  definite: boolean,
  times: readonly TimeExpression[],
): void {
  const time = type === 'armed-conflict' ? null : timeOf(unit, trigger, times, events);
  const sameDay = (e: FoundEvent) => (e.time?.value ?? null) === (time?.value ?? null);
  // The same event again: in the same sentence without a date of its own, or named back.
  const here = events.find((e) => e.unit === unit.index && e.type === type && (!time || sameDay(e)));
  const lead = events.find((e) => e.type === type || (type === 'attack' && e.type === 'strike'));
  const target = here ?? (lead && (!time || (definite && sameDay(lead))) ? lead : undefined);
  if (target) {
    target.mentions.push(trigger);
    return;
  }
  events.push({
    key: '',
    type,
    unit: unit.index,
    trigger,
    quote: { start: unit.start, end: unit.end, text: unit.text },
    time,
    participants: [],
    hosts: [],
    mediators: [],
    places: [],
    mentions: [],
    rule: `trigger "${trigger.text}"`,
    confidence: time ? 0.8 : 0.6,
  });
}

// The date of the trigger's own clause (after the trigger first), else of its sentence unless a
// relative clause ("that was agreed at talks") stands between; "the following day" takes the date
// of the event reported before it. "since 2022" dates no event.
function timeOf(
  unit: TextUnit,
  trigger: Span,
  times: readonly TimeExpression[],
  events: readonly FoundEvent[],
): TimeExpression | null {
  const between = (t: TimeExpression) =>
    t.start > trigger.start
      ? unit.text.slice(trigger.end - unit.start, t.start - unit.start)
      : unit.text.slice(t.end - unit.start, trigger.start - unit.start);
  const candidates = times.filter(
    (t) =>
      t.unit === unit.index &&
      !/\bsince\s*$/i.test(unit.text.slice(0, t.start - unit.start)) &&
      !/^since\b/i.test(t.text),
  );
  const sameClause = candidates.filter((t) => !/[,;:]/.test(between(t)));
  const pool =
    sameClause.length > 0 ? sameClause : candidates.filter((t) => !/\b(?:that|which|who)\b/.test(between(t)));
  const best = pool.sort((a, b) => rank(a) - rank(b))[0] ?? null;
  function rank(t: TimeExpression): number {
    return t.start > trigger.start ? t.start - trigger.start : (trigger.start - t.start) * 2;
  }
  if (!best || best.anchorDays === null) return best;
  const anchor = [...events].reverse().find((e) => e.time?.precision === 'day' && e.time.value);
  if (!anchor?.time?.value) return best;
  const day = addDays(anchor.time.value, best.anchorDays);
  return {
    ...best,
    earliest: day,
    latest: day,
    value: day,
    precision: 'day',
    rule: `anchored to "${anchor.trigger.text}"`,
  };
}
