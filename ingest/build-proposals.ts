// Stage 11: turns the stages' findings into proposals with final keys: a linked entity keeps its
// graph id; anything else gets `new:<label>:<slug>`. Unnamed groups are kept only when they
// hold a claim or take part in an event (the seed's curation rule).
import { EVENT_TYPES } from '../graph/model/event-types.js';
import type { RelationshipType } from '../graph/model/relationship-types.js';
import { type KnownEvent, matchEvent, SAME_EVENT_AT } from './match-events.js';
import type { FoundClaim, FoundEvent, FoundRelationship, MentionCluster, Resolution, Span } from './model.js';
import type { EventProposal, Proposal, RelationshipProposal } from './proposals.js';
import { slugify } from './slug.js';

export interface Findings {
  clusters: readonly { cluster: MentionCluster; resolution: Resolution }[];
  events: readonly FoundEvent[];
  claims: readonly FoundClaim[];
  representation: readonly FoundRelationship[];
  knownEvents: readonly KnownEvent[];
  /** Cluster keys of the issues each unit names, for CONCERNS. */
  issuesByUnit: ReadonlyMap<number, string[]>;
}

// Omit<> of a union keeps only the common fields; this keeps each member whole.
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export function buildProposals(findings: Findings): Proposal[] {
  const used = new Set<string>([
    ...findings.claims.flatMap((c) => [c.holderKey, ...c.addressedTo]),
    ...findings.events.flatMap((e) => [...e.participants, ...e.hosts, ...e.mediators].map((r) => r.key)),
  ]);
  const keep = findings.clusters.filter(
    ({ cluster }) =>
      cluster.kind !== 'group' || cluster.mentions[0]?.rule !== 'group-noun' || used.has(cluster.key),
  );
  const finalKey = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { cluster, resolution } of keep) {
    const key =
      resolution.decision === 'link' && resolution.entityId
        ? resolution.entityId
        : `new:${cluster.label.toLowerCase()}:${slugify(cluster.name)}`;
    finalKey.set(cluster.key, key);
    names.set(key, cluster.name);
  }
  const keyOf = (clusterKey: string) => finalKey.get(clusterKey);
  const proposals: WithoutId<Proposal>[] = [];
  const emitted = new Set<string>();
  for (const { cluster, resolution } of keep) {
    const key = keyOf(cluster.key) ?? '';
    if (emitted.has(key)) continue;
    emitted.add(key);
    const first = cluster.mentions[0];
    if (!first) continue;
    proposals.push({
      kind: 'entity',
      key,
      label: cluster.label,
      entityKind: cluster.kind,
      name: cluster.name,
      resolution,
      mentions: cluster.mentions.map(({ start, end, text }) => ({ start, end, text })),
      quote: { start: first.start, end: first.end, text: first.text },
      confidence:
        resolution.decision === 'link'
          ? (resolution.candidates[0]?.score ?? 1)
          : resolution.decision === 'new'
            ? 0.7
            : 0.5,
      rule: `${first.rule}; ${resolution.decision}${resolution.candidates[0] ? ` (best: ${resolution.candidates[0].id} ${resolution.candidates[0].score}, ${resolution.candidates[0].why})` : ''}`,
    });
  }
  const relationships: Omit<RelationshipProposal, 'id'>[] = [];
  const relate = (
    type: RelationshipType,
    from: string | undefined,
    to: string | undefined,
    quote: Span,
    rule: string,
    confidence: number,
  ) => {
    if (!from || !to || from === to) return;
    if (relationships.some((r) => r.type === type && r.from === from && r.to === to)) return;
    relationships.push({ kind: 'relationship', type, from, to, quote, rule, confidence });
  };
  for (const event of findings.events) {
    const eventProposal = toEventProposal(event, keyOf, names, findings.knownEvents);
    proposals.push(eventProposal);
    for (const r of event.participants)
      relate('PARTICIPATED_IN', keyOf(r.key), event.key, event.quote, r.rule, 0.6);
    for (const r of event.hosts) relate('HOSTED', keyOf(r.key), event.key, event.quote, r.rule, 0.7);
    for (const r of event.mediators) relate('MEDIATED', keyOf(r.key), event.key, event.quote, r.rule, 0.7);
    for (const r of event.places) relate('OCCURRED_IN', event.key, keyOf(r.key), event.quote, r.rule, 0.6);
    for (const issue of findings.issuesByUnit.get(event.unit) ?? [])
      relate('CONCERNS', event.key, keyOf(issue), event.quote, 'issue named in the same sentence', 0.5);
  }
  for (const claim of findings.claims) {
    const holder = keyOf(claim.holderKey);
    if (!holder) continue;
    const words = claim.quote.text
      .slice(claim.verb.start - claim.quote.start)
      .split(/\s+/)
      .slice(0, 14)
      .join(' ');
    proposals.push({
      kind: 'claim',
      key: claim.key,
      stance: claim.stance,
      name: `${names.get(holder) ?? holder}: ${words.replace(/[.,;:]$/, '')}`,
      holder,
      addressedTo: claim.addressedTo.map(keyOf).filter((k): k is string => Boolean(k)),
      quote: claim.quote,
      confidence: claim.confidence,
      rule: claim.rule,
    });
    relate('HOLDS', holder, claim.key, claim.quote, claim.rule, claim.confidence);
    for (const issue of findings.issuesByUnit.get(claim.unit) ?? [])
      relate('CONCERNS', claim.key, keyOf(issue), claim.quote, 'issue named in the same sentence', 0.5);
    for (const to of claim.addressedTo)
      relate('ADDRESSED_TO', claim.key, keyOf(to), claim.quote, 'actor right after the verb', 0.6);
  }
  for (const r of findings.representation)
    relate(r.type, keyOf(r.from), keyOf(r.to), r.quote, r.rule, r.confidence);
  return [...proposals, ...relationships].map((p, i) => ({ ...p, id: `p${i + 1}` }) as Proposal);
}

function toEventProposal(
  event: FoundEvent,
  keyOf: (clusterKey: string) => string | undefined,
  names: Map<string, string>,
  knownEvents: readonly KnownEvent[],
): Omit<EventProposal, 'id'> {
  const roleKeys = (refs: FoundEvent['participants']) =>
    refs.map((r) => keyOf(r.key)).filter((k): k is string => Boolean(k));
  const participants = roleKeys(event.participants);
  const places = roleKeys(event.places);
  const time = event.time
    ? {
        earliest: event.time.earliest,
        latest: event.time.latest,
        precision: event.time.precision,
        value: event.time.value,
        inferredYear: event.time.inferredYear,
        phrase: event.time.text,
      }
    : {
        earliest: null,
        latest: null,
        precision: 'unknown' as const,
        value: null,
        inferredYear: false,
        phrase: null,
      };
  const who = participants.map((k) => names.get(k) ?? k).join(' – ');
  const where = places[0] ? ` in ${names.get(places[0]) ?? places[0]}` : '';
  const when = time.value ? ` (${time.value})` : '';
  const related = [...participants, ...places, ...roleKeys(event.hosts), ...roleKeys(event.mediators)];
  const sameAs = matchEvent(
    { type: event.type, earliest: time.earliest, latest: time.latest, related },
    knownEvents,
  ).filter((m) => m.score >= SAME_EVENT_AT);
  return {
    kind: 'event',
    key: event.key,
    type: event.type,
    name: `${EVENT_TYPES[event.type].label}${who ? `: ${who}` : ''}${where}${when}`,
    time,
    sameAs,
    trigger: event.trigger,
    mentions: event.mentions,
    quote: event.quote,
    confidence: event.confidence,
    rule: `${event.rule}${event.time ? `; date from "${event.time.text}" (${event.time.rule})` : '; no date in its sentence'}`,
  };
}
