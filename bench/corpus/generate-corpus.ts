import { ACTOR_KINDS, PLACE_KINDS } from '../../graph/model/actor-kinds.js';
import { CLAIM_STANCES } from '../../graph/model/claim-stances.js';
import { EVENT_TYPE_NAMES } from '../../graph/model/event-types.js';
import { ISSUE_KINDS } from '../../graph/model/issue-kinds.js';
import type { EntityLabel } from '../../graph/model/labels.js';
import type { RelationshipType } from '../../graph/model/relationship-types.js';
import type {
  PlannedEntity,
  PlannedRelationship,
  PlannedStatement,
  SeedPlan,
} from '../../graph/seed/seed-plan.js';
import { emptySeedPlan } from '../../graph/seed/seed-plan.js';
import { randomEventDates } from './event-dates.js';
import { createRandom } from './random.js';

// A synthetic corpus with the seed's labels, properties and relationship types, as a SeedPlan,
// so it is written by the very writer real data takes (graph/seed/write-seed-plan.ts). Shape
// (issue 14): actors ~2% of events with a few hubs, 100 issues, 300 places, claims ~20% of
// events with OPPOSES pairs, ~3 participants per event, 1–3 evidence statements each with its
// Source, PRECEDES chains, dates 2014–2026 of mixed precision with a share of relative ones.
// Every id starts with `gen-` so a test can remove exactly what it added.

export const CORPUS_PREFIX = 'gen-';
const EVENTS_PER_SOURCE = 40;
const HUBS = 3;

export function generateCorpus(eventCount: number, seed = 14): SeedPlan {
  const random = createRandom(seed);
  const plan = emptySeedPlan();
  const sourceCount = Math.max(1, Math.ceil(eventCount / EVENTS_PER_SOURCE));
  for (let s = 0; s < sourceCount; s++) {
    plan.sources.push({
      id: `source:${CORPUS_PREFIX}${s}`,
      props: {
        id: `source:${CORPUS_PREFIX}${s}`,
        kind: 'article',
        title: `Generated article ${s}`,
        publishedAt: '2026-01-01',
        publishedPrecision: 'day',
        text: null,
      },
    });
  }
  let offset = 0;
  const quote = (text: string): string => {
    const sourceId = `source:${CORPUS_PREFIX}${random.int(sourceCount)}`;
    const start = offset;
    offset += text.length + 1;
    const id = `statement:${sourceId.slice('source:'.length)}:${start}-${offset - 1}`;
    const statement: PlannedStatement = {
      id,
      sourceId,
      props: {
        id,
        sourceId,
        text,
        start,
        end: offset - 1,
        paragraph: 0,
        sentence: 0,
        role: 'evidence',
        reason: null,
      },
    };
    plan.statements.push(statement);
    return id;
  };
  // The sentences that support an event or claim also support its relationships, as in the seed.
  const evidenceOf = new Map<string, string[]>();
  const entity = (label: EntityLabel, slug: string, name: string, props: PlannedEntity['props']) => {
    const id = `${label.toLowerCase()}:${CORPUS_PREFIX}${slug}`;
    const evidenceIds = Array.from({ length: 1 + random.int(3) }, () => quote(`${name} is reported.`));
    evidenceOf.set(id, evidenceIds);
    plan.entities.push({
      id,
      label,
      evidenceIds,
      allusionIds: [],
      props: { id, name, aliases: [], aliasText: '', description: null, ...props },
    });
    return id;
  };
  const relate = (type: RelationshipType, from: string, to: string, role: string | null = null) => {
    const id = `${from}|${type}|${to}`;
    const evidenceIds = (evidenceOf.get(to) ?? []).slice(0, 1);
    const props = { id, evidenceIds, role, note: null, seeded: true };
    plan.relationships.push({ id, type, from, to, props } satisfies PlannedRelationship);
  };

  const actors = Array.from({ length: Math.max(20, Math.round(eventCount * 0.02)) }, (_, i) =>
    entity('Actor', `actor-${i}`, i < HUBS ? `Hub actor ${i}` : `Actor ${i}`, {
      kind: random.pick(ACTOR_KINDS),
      wikidataId: null,
    }),
  );
  const issues = Array.from({ length: 100 }, (_, i) =>
    entity('Issue', `issue-${i}`, `Issue ${i}`, { kind: random.pick(ISSUE_KINDS) }),
  );
  const places = Array.from({ length: 300 }, (_, i) =>
    entity('Place', `place-${i}`, `Place ${i}`, { kind: random.pick(PLACE_KINDS), wikidataId: null }),
  );
  // A third of all participations go to a hub, the rest spread over everyone.
  const participant = () =>
    random.next() < 0.3 ? (actors[random.int(HUBS)] as string) : random.pick(actors);

  const dated: { id: string; earliest: string; latest: string }[] = [];
  for (let i = 0; i < eventCount; i++) {
    const dates = randomEventDates(random);
    const previous = dated.length > 0 ? dated[random.int(dated.length)] : undefined;
    const relative = dates.precision === 'relative' && previous !== undefined;
    // Most relative events sit between two dated ones, as "between the talks and the swap".
    const candidate = dated.length > 0 ? dated[random.int(dated.length)] : undefined;
    const next = relative && candidate && candidate.earliest > previous.latest ? candidate : undefined;
    const id = entity('Event', `event-${i}`, `Event ${i}`, {
      kind: random.pick(EVENT_TYPE_NAMES),
      origin: random.next() < 0.8 ? 'article' : 'context',
      precision: dates.precision === 'relative' && !relative ? 'unknown' : dates.precision,
      // Relative events get the bound their order implies, as the seed derives it.
      earliest: relative ? previous.earliest : dates.earliest,
      latest: relative ? (next?.latest ?? null) : dates.latest,
      relativePhrase: relative ? 'shortly afterwards' : null,
    });
    plan.citations.push({ eventId: id, sourceId: `source:${CORPUS_PREFIX}${random.int(sourceCount)}` });
    for (const actor of new Set([participant(), participant(), participant()])) {
      relate(
        random.next() < 0.9 ? 'PARTICIPATED_IN' : random.pick(['HOSTED', 'MEDIATED'] as const),
        actor,
        id,
      );
    }
    relate('OCCURRED_IN', id, random.pick(places));
    relate('CONCERNS', id, random.pick(issues));
    if (relative) {
      relate('PRECEDES', previous.id, id);
      if (next) relate('PRECEDES', id, next.id);
    } else if (dates.earliest && dates.latest) {
      // Chains of dated events in date order.
      if (previous && previous.earliest < dates.earliest && random.next() < 0.15)
        relate('PRECEDES', previous.id, id);
      dated.push({ id, earliest: dates.earliest, latest: dates.latest });
    }
  }

  const claims: string[] = [];
  for (let i = 0; i < Math.round(eventCount * 0.2); i++) {
    const id = entity('Claim', `claim-${i}`, `Claim ${i}`, { kind: random.pick(CLAIM_STANCES) });
    relate('HOLDS', participant(), id);
    relate('CONCERNS', id, random.pick(issues));
    if (i % 2 === 1) relate('OPPOSES', id, claims[i - 1] as string);
    claims.push(id);
  }
  return plan;
}
