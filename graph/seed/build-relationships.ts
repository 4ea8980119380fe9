import { type EntityLabel, entityLabelOfId } from '../model/labels.js';
import { canonicalRelationshipId, isUndirected, RELATIONSHIP_TYPES } from '../model/relationship-types.js';
import { whereOf } from './build-entities.js';
import type { Where } from './event-time.js';
import type { EvidenceResolver } from './evidence-resolver.js';
import type { SeedSourceFiles } from './read-seed-source.js';
import type { ProblemList } from './seed-errors.js';
import type { PlannedRelationship } from './seed-plan.js';

// Relationship entries of one source: expanded (`from`/`to` may list several ids), given their
// stable ids and evidence, then checked against the entities of every source.

export interface RelationshipDraft {
  relationship: PlannedRelationship;
  where: Where;
  /** Where each endpoint id is written, so a bad reference points at its own line. */
  ends: { from: Where; to: Where };
}

export function buildRelationshipDrafts(
  files: SeedSourceFiles,
  resolver: EvidenceResolver,
  problems: ProblemList,
): RelationshipDraft[] {
  const drafts: RelationshipDraft[] = [];
  const yaml = files.statements;
  yaml.data.relationships.forEach((entry, index) => {
    const path = ['relationships', index];
    const where = whereOf(yaml, path);
    const evidenceIds = resolver.resolve(entry.evidence, { yaml, path: [...path, 'evidence'] });
    if (entry.evidence.length === 0) {
      problems.add({
        ...where,
        code: 'MISSING_EVIDENCE',
        message: `the ${entry.type} relationship from ${String(entry.from)} to ${String(entry.to)} has no evidence`,
        hint: 'Add `evidence:` with at least one exact quote from the article that states this relationship.',
      });
      return;
    }
    const endWhere = (end: 'from' | 'to', i: number) =>
      whereOf(yaml, Array.isArray(entry[end]) ? [...path, end, i] : [...path, end]);
    [entry.from].flat().forEach((from, i) => {
      [entry.to].flat().forEach((to, j) => {
        const id = canonicalRelationshipId(from, entry.type, to);
        const props = {
          id,
          evidenceIds,
          role: entry.role ?? null,
          note: entry.note ?? null,
          inference: entry.inference ?? null,
          seeded: true,
        };
        let ends = { from: endWhere('from', i), to: endWhere('to', j) };
        let [start, end] = [from, to];
        // Undirected types are stored in id order, so the id is the same whichever way it is written.
        if (isUndirected(entry.type) && to < from) {
          [start, end] = [to, from];
          ends = { from: ends.to, to: ends.from };
        }
        drafts.push({ relationship: { id, type: entry.type, from: start, to: end, props }, where, ends });
      });
    });
  });
  return drafts;
}

/** Checks references and endpoint labels; returns the drafts that passed. */
export function checkRelationships(
  drafts: readonly RelationshipDraft[],
  knownIds: ReadonlySet<string>,
  problems: ProblemList,
): RelationshipDraft[] {
  const ok: RelationshipDraft[] = [];
  for (const draft of drafts) {
    const { type, from, to } = draft.relationship;
    let valid = true;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (knownIds.has(id)) continue;
      valid = false;
      const suggestion = closestId(id, knownIds);
      problems.add({
        ...draft.ends[end],
        code: 'UNKNOWN_REFERENCE',
        message: `${id} is not defined in any seed source`,
        hint: suggestion
          ? `Did you mean ${suggestion}? Otherwise define ${id} (with evidence) under its section.`
          : `Define ${id} (with evidence) under its section, or correct the id.`,
      });
    }
    if (from === to) {
      valid = false;
      problems.add({
        ...draft.where,
        code: 'INVALID_FIELD',
        message: `${type} joins ${from} to itself`,
        hint: 'A relationship needs two different endpoints.',
      });
    }
    const spec = RELATIONSHIP_TYPES[type];
    const fromLabel = entityLabelOfId(from);
    const toLabel = entityLabelOfId(to);
    const fromOk = fromLabel !== undefined && (spec.from as readonly EntityLabel[]).includes(fromLabel);
    const toOk = toLabel !== undefined && (spec.to as readonly EntityLabel[]).includes(toLabel);
    if (!fromOk || !toOk) {
      valid = false;
      problems.add({
        ...draft.where,
        code: 'ENDPOINT_MISMATCH',
        message: `${type} goes from ${spec.from.join('|')} to ${spec.to.join('|')}, not from ${fromLabel} to ${toLabel}`,
        hint: `Use a relationship type that joins these kinds (graph/model/relationship-types.ts), or swap from and to.`,
      });
    }
    if (valid) ok.push(draft);
  }
  return ok;
}

function closestId(id: string, known: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
