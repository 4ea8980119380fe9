// Stage 7: fills each event's roles from its own sentence: hosts ("Turkey hosted", "hosted by"),
// mediators ("mediated by", "US-brokered", "Turkey said it had coordinated"), participants (the
// other states and groups, "between X and Y", "both sides") and places (not the dateline).
import { bothSides } from './link-coreference.js';
import type { EventRoleRef, FoundEvent, Mention, MentionCluster, TextUnit } from './model.js';

const HOST_AFTER = /^\s+(?:hosted|hosts|is hosting|was hosting|will host)\b/;
const HOST_BEFORE = /\bhosted by (?:the )?$/;
const MEDIATOR_AFTER =
  /^(?:-brokered|-mediated|\s+(?:(?:said it had|has|had)\s+)?(?:mediated|brokered|coordinated|facilitated)\b)/;
const MEDIATOR_BEFORE =
  /\b(?:mediated|brokered|facilitated|coordinated) by (?:the )?$|\bmediation of (?:the )?$/;
const SPEAKS_AFTER = /^\s+(?:said|says|told|announced)\b/;
const PARTICIPANT_KINDS = new Set(['state', 'government', 'delegation', 'group', 'organization']);

export function findEventRoles(
  text: string,
  events: readonly FoundEvent[],
  units: readonly TextUnit[],
  mentions: readonly Mention[],
  keyAt: ReadonlyMap<number, string>,
  clusters: readonly MentionCluster[],
): FoundEvent[] {
  return events.map((event) => {
    const unit = units[event.unit];
    if (!unit) return event;
    const inUnit = mentions.filter((m) => m.unit === event.unit);
    const ref = (m: Mention, rule: string): EventRoleRef => ({
      key: keyAt.get(m.start) ?? '',
      rule,
      quote: { start: m.start, end: m.end, text: m.text },
    });
    const hosts: EventRoleRef[] = [];
    const mediators: EventRoleRef[] = [];
    const participants: EventRoleRef[] = [];
    const places: EventRoleRef[] = [];
    let listRole: EventRoleRef[] | null = null;
    let previous: Mention | undefined;
    for (const m of inUnit) {
      const before = text.slice(unit.start, m.start);
      const after = text.slice(m.end, unit.end);
      const listed =
        previous &&
        /^(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/.test(text.slice(previous.end, m.start));
      previous = m;
      if (m.label === 'Place') {
        if (m.rule !== 'dateline') places.push(ref(m, 'place named in the same sentence'));
        listRole = null;
        continue;
      }
      if (m.label !== 'Actor') continue;
      if (HOST_AFTER.test(after) || HOST_BEFORE.test(before)) {
        hosts.push(ref(m, 'host cue'));
        listRole = hosts;
      } else if (MEDIATOR_AFTER.test(after) || MEDIATOR_BEFORE.test(before)) {
        mediators.push(ref(m, 'mediator cue'));
        listRole = mediators;
      } else if (listed && listRole) {
        listRole.push(ref(m, 'listed with the one before'));
      } else if (PARTICIPANT_KINDS.has(m.kind) && !SPEAKS_AFTER.test(after)) {
        participants.push(ref(m, 'actor named in the same sentence'));
        listRole = participants;
      } else {
        listRole = null;
      }
    }
    for (const key of bothSides(unit.text, clusters)) {
      participants.push({
        key,
        rule: '"both sides" read as the two states named most',
        quote: { start: unit.start, end: unit.end, text: unit.text },
      });
    }
    const dedupe = (refs: EventRoleRef[], not: EventRoleRef[] = []) =>
      refs.filter(
        (r, i) => r.key && refs.findIndex((o) => o.key === r.key) === i && !not.some((o) => o.key === r.key),
      );
    const roleKeys = [...hosts, ...mediators];
    return {
      ...event,
      hosts: dedupe(hosts),
      mediators: dedupe(mediators),
      participants: dedupe(participants, roleKeys),
      places: dedupe(places),
    };
  });
}
