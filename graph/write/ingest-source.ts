import type { IngestResult, Proposal } from '../../ingest/proposals.js';
import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationship-types.js';
import { sentenceAt, splitSentences } from '../seed/split-sentences.js';
import { addSourceIn } from './add-source.js';
import { assertEndpointsFit } from './check-invariants.js';
import { createEntityIn, ENTITY_EXISTS } from './create-entity.js';
import { createRelationshipIn } from './create-relationship.js';
import type { EvidenceSpan } from './ensure-statements.js';
import { entityIdFor } from './entity-fields.js';
import { readEntities } from './read-items.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { WriteError } from './write-errors.js';

// Writes one ingested source and all its proposals in ONE change: the source, every new entity,
// event and claim as PROPOSED, and every relationship between them as PROPOSED, each evidenced by
// its quote's offsets. Auto-linked mentions point at the existing entity and create nothing; a
// failure anywhere rolls the whole source back.
export interface WrittenProposal {
  proposal: string;
  kind: Proposal['kind'];
  /** The graph id written (or, for a linked mention, the existing entity's id). */
  id: string;
  name: string;
  status: 'PROPOSED' | 'LINKED';
  quote: string;
  confidence: number;
  rule: string;
}

export interface IngestSourceResult {
  sourceId: string;
  created: boolean;
  duplicateBy: 'text' | 'url' | null;
  proposals: WrittenProposal[];
}

export function ingestSource(
  client: GraphClient,
  result: IngestResult,
  meta: ChangeMeta,
): Promise<IngestSourceResult & ChangeResult> {
  return runChange(client, 'ingestSource', meta, (w) => ingestSourceIn(w, result));
}

export async function ingestSourceIn(w: WriteTx, result: IngestResult): Promise<IngestSourceResult> {
  const { source } = result;
  const added = await addSourceIn(w, {
    text: source.text,
    title: source.title ?? '',
    outlet: source.outlet,
    url: source.url,
    byline: source.byline,
    publishedAt: source.published,
  });
  // A source already stored keeps the proposals it got then; nothing new is written.
  if (!added.created) return { ...added, proposals: [] };
  const sentences = splitSentences(source.text);
  // A statement never crosses a sentence: clip each quote to the sentence it starts in.
  const evidence = (start: number, end: number): EvidenceSpan[] => {
    const sentence = sentenceAt(sentences, start);
    return sentence ? [{ sourceId: added.sourceId, start, end: Math.min(end, sentence.end) }] : [];
  };
  const idOf = new Map<string, string>();
  const written: WrittenProposal[] = [];
  const entry = (p: Proposal, id: string, name: string, status: WrittenProposal['status']) =>
    written.push({
      proposal: p.id,
      kind: p.kind,
      id,
      name,
      status,
      quote: p.quote.text,
      confidence: p.confidence,
      rule: p.rule,
    });
  const create = async (p: Proposal, label: EntityLabel, name: string, fields: object) => {
    const spans = evidence(p.quote.start, p.quote.end);
    if (spans.length === 0) return;
    const id = await freeId(w, entityIdFor(label, name));
    await createEntityIn(w, { label, name, kind: '', ...fields, id, evidence: spans, status: 'PROPOSED' });
    entry(p, id, name, 'PROPOSED');
    return id;
  };

  for (const p of result.proposals) {
    if (p.kind === 'entity') {
      const linked = p.resolution.decision === 'link' ? p.resolution.entityId : null;
      if (linked) {
        idOf.set(p.key, linked);
        entry(p, linked, p.name, 'LINKED');
        continue;
      }
      const id = await create(p, p.label, p.name, { kind: p.entityKind });
      if (id) idOf.set(p.key, id);
    } else if (p.kind === 'event') {
      const { precision, earliest, latest } = p.time;
      const id = await create(p, 'Event', p.name, { kind: p.type, precision, earliest, latest });
      if (id) idOf.set(p.key, id);
    } else if (p.kind === 'claim') {
      const id = await create(p, 'Claim', p.name, { kind: p.stance });
      if (id) idOf.set(p.key, id);
    }
  }

  const seen = new Set<string>();
  for (const p of result.proposals) {
    if (p.kind !== 'relationship') continue;
    const from = idOf.get(p.from) ?? p.from;
    const to = idOf.get(p.to) ?? p.to;
    const id = `${from}|${p.type}|${to}`;
    const spans = evidence(p.quote.start, p.quote.end);
    if (seen.has(id) || spans.length === 0 || !(await fits(w, p.type, from, to))) continue;
    seen.add(id);
    if (await relationshipExists(w, p.type, from, to)) continue;
    await createRelationshipIn(w, { from, type: p.type, to, evidence: spans, status: 'PROPOSED' });
    entry(p, id, `${from} ${p.type} ${to}`, 'PROPOSED');
  }
  return { ...added, proposals: written };
}

/** The id itself when free, else the first free `<id>-2`, `<id>-3` … */
async function freeId(w: WriteTx, id: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    const [row] = await w.run<{ taken: boolean }>(ENTITY_EXISTS, { id: candidate });
    if (!row?.taken) return candidate;
  }
}

// One constant query per type of the closed union, anchored on the indexed endpoint ids.
export const RELATIONSHIP_EXISTS = Object.fromEntries(
  Object.keys(RELATIONSHIP_TYPES).map((type) => [
    type,
    `OPTIONAL MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to}) RETURN count(r) > 0 AS exists`,
  ]),
) as Record<RelationshipType, string>;

async function relationshipExists(w: WriteTx, type: RelationshipType, from: string, to: string) {
  const [row] = await w.run<{ exists: boolean }>(RELATIONSHIP_EXISTS[type], { from, to });
  return row?.exists ?? false;
}

// The pipeline proposes roles by rule; the model's endpoint table has the last word. A misfit
// (or an endpoint that was never written) is left out rather than failing the whole source.
async function fits(w: WriteTx, type: string, from: string, to: string): Promise<boolean> {
  const ends = await readEntities(w, [from, to]);
  const a = ends.get(from);
  const b = ends.get(to);
  if (!a || !b) return false;
  try {
    assertEndpointsFit(type, a.label, b.label);
    return true;
  } catch (error) {
    if (error instanceof WriteError) return false;
    throw error;
  }
}
