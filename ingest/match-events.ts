// Stage 10: cross-source matching. A proposed event that has the type of an event the graph
// already holds, overlapping time, and shared participants or place is proposed as "the same
// event" rather than a duplicate; the reviewer sees each candidate's score and why.
import type { EventType } from '../graph/model/event-types.js';
import type { EventMatch } from './model.js';

export interface KnownEvent {
  id: string;
  name: string;
  type: string;
  earliest: string | null;
  latest: string | null;
  /** Entity ids of its participants, hosts, mediators and places. */
  related: string[];
  sourceCount: number;
}

export interface EventToMatch {
  type: EventType;
  earliest: string | null;
  latest: string | null;
  related: string[];
}

export const SAME_EVENT_AT = 0.75;

export function matchEvent(event: EventToMatch, known: readonly KnownEvent[]): EventMatch[] {
  const matches: EventMatch[] = [];
  for (const candidate of known) {
    if (candidate.type !== event.type) continue;
    const reasons = ['same type'];
    let score = 0.25;
    const { earliest, latest } = event;
    const bothDated = earliest && latest && candidate.earliest && candidate.latest;
    if (bothDated) {
      const overlaps = earliest <= (candidate.latest ?? '') && (candidate.earliest ?? '') <= latest;
      if (!overlaps) continue;
      score += 0.5;
      reasons.push(
        event.earliest === candidate.earliest && event.latest === candidate.latest
          ? 'same date'
          : 'overlapping dates',
      );
    }
    const shared = event.related.filter((id) => candidate.related.includes(id));
    if (shared.length > 0) {
      score += Math.min(0.25, 0.125 * shared.length);
      reasons.push(`shares ${shared.join(', ')}`);
    }
    if (!bothDated && shared.length === 0) continue;
    matches.push({
      id: candidate.id,
      name: candidate.name,
      score: Math.round(score * 100) / 100,
      why: reasons.join('; '),
      corroboratingSources: candidate.sourceCount + 1,
    });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, 3);
}
