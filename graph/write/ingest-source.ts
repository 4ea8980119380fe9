import type { IngestResult, Proposal } from '../../ingest/proposals.js';
import type { GraphClient } from '../client.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationship-types.js';
import { sentenceAt, splitSentences } from '../seed/split-sentences.js';
import { addSourceIn } from './add-source.js';
import { assertEndpointsFit } from './check-invariants.js';
import { createProposedEntitiesIn, type NewEntity } from './create-entities.js';
import { createProposedRelationshipsIn } from './create-relationships.js';
import { ensureSpanStatements } from './ensure-statements.js';
import { entityIdFor } from './entity-fields.js';
import { readEntities } from './read-items.js';
import { type ChangeResult, runChange } from './run-change.js';
import type { ChangeMeta, WriteTx } from './write-context.js';
import { WriteError } from './write-errors.js';

// Writes one ingested source and all its proposals in ONE change: the source, every new entity,
// event and claim as PROPOSED, and every relationship between them as PROPOSED, each evidenced by
// its quote's offsets. Auto-linked mentions point at the existing entity and create nothing; a
// failure anywhere rolls the whole source back. Written in batches (statements, then entities
// per label, then relationships per type): a fixed handful of statements per source, not several
// per proposal.
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
  const text = source.text.replace(/\r\n?/g, '\n');
  const sentences = splitSentences(text);
  // A statement never crosses a sentence: clip each quote to the sentence it starts in.
  const spanOf = (p: Proposal) => {
    const sentence = sentenceAt(sentences, p.quote.start);
    return sentence ? { start: p.quote.start, end: Math.min(p.quote.end, sentence.end) } : null;
  };
  const quoted = result.proposals.flatMap((p) => {
    const span = spanOf(p);
    return span ? [{ p, span }] : [];
  });
  // Every statement of the source in one write, then every entity, then every relationship.
  const statementIds = await ensureSpanStatements(
    w,
    { id: added.sourceId, text },
    quoted.map((q) => q.span),
    'PROPOSED',
  );
  const evidenceOf = new Map(quoted.map((q, i) => [q.p, [statementIds[i] as string]]));

  const idOf = new Map<string, string>();
  const labelOf = new Map<string, EntityLabel>();
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

  const fresh: { p: Proposal; entity: NewEntity }[] = [];
  for (const p of result.proposals) {
    const evidenceIds = evidenceOf.get(p);
    if (p.kind === 'entity' && p.resolution.decision === 'link' && p.resolution.entityId) {
      idOf.set(p.key, p.resolution.entityId);
      entry(p, p.resolution.entityId, p.name, 'LINKED');
      continue;
    }
    if (!evidenceIds || p.kind === 'relationship') continue;
    const base = { name: p.name, evidenceIds };
    const entity: NewEntity | null =
      p.kind === 'entity'
        ? { ...base, label: p.label, id: entityIdFor(p.label, p.name), kind: storedKind(p.entityKind) }
        : p.kind === 'event'
          ? {
              ...base,
              label: 'Event',
              id: entityIdFor('Event', p.name),
              kind: p.type,
              precision: p.time.precision,
              earliest: p.time.earliest,
              latest: p.time.latest,
            }
          : p.kind === 'claim'
            ? { ...base, label: 'Claim', id: entityIdFor('Claim', p.name), kind: p.stance }
            : null;
    if (entity) fresh.push({ p, entity });
  }
  const freshIds = await createProposedEntitiesIn(
    w,
    fresh.map((f) => f.entity),
  );
  fresh.forEach(({ p, entity }, i) => {
    const id = freshIds[i] as string;
    if (p.kind !== 'relationship') idOf.set(p.key, id);
    labelOf.set(id, entity.label);
    entry(p, id, entity.name, 'PROPOSED');
  });

  const candidates = result.proposals.flatMap((p) => {
    const evidenceIds = evidenceOf.get(p);
    if (p.kind !== 'relationship' || !evidenceIds) return [];
    return [{ p, from: idOf.get(p.from) ?? p.from, to: idOf.get(p.to) ?? p.to, evidenceIds }];
  });
  // Ends the graph already held (linked mentions): their labels, in one read.
  const known = await readEntities(
    w,
    [...new Set(candidates.flatMap((c) => [c.from, c.to]))].filter((id) => !labelOf.has(id)),
  );
  for (const [id, snapshot] of known) labelOf.set(id, snapshot.label);
  const seen = new Set<string>();
  const fitting = candidates.filter((c) => {
    const id = `${c.from}|${c.p.type}|${c.to}`;
    if (seen.has(id) || !fits(c.p.type, labelOf.get(c.from), labelOf.get(c.to))) return false;
    seen.add(id);
    return true;
  });
  const created = await createProposedRelationshipsIn(
    w,
    fitting.map((c) => ({ from: c.from, type: c.p.type, to: c.to, evidenceIds: c.evidenceIds })),
  );
  for (const c of fitting) {
    const id = `${c.from}|${c.p.type}|${c.to}`;
    if (created.has(id)) entry(c.p, id, `${c.from} ${c.p.type} ${c.to}`, 'PROPOSED');
  }
  return { ...added, proposals: written };
}

// A phrase names an issue but not its family (humanitarian, territorial…): the entity is written
// without one, for the reviewer to set, rather than with a guessed family or not at all.
function storedKind(kind: string): string | null {
  return kind === 'issue' ? null : kind;
}

// The pipeline proposes roles by rule; the model's endpoint table has the last word. A misfit
// (or an end that was never written) is left out rather than failing the whole source.
function fits(type: RelationshipType, from: EntityLabel | undefined, to: EntityLabel | undefined): boolean {
  if (!from || !to) return false;
  try {
    assertEndpointsFit(type, from, to);
    return true;
  } catch (error) {
    if (error instanceof WriteError) return false;
    throw error;
  }
}
