import type { RelationshipDraft } from './build-relationships.js';
import type { ProblemList } from './seed-errors.js';
import type { PlannedEntity, PlannedStatement, SeedInference } from './seed-plan.js';

// The evidence rule (docs/model.md § "Evidence rule"): a relationship's evidence is a sentence
// that states that relationship, so each quote must mention both ends. A quote mentions an entity
// when it contains its name or an alias (whole words, any case), overlaps one of the entity's
// own evidence quotes, or contains a recorded co-reference of the source ("both sides" →
// Russia, Ukraine). A relationship the curator reads into the text without such a quote carries
// `inference: <reason>` instead, and every inference is listed in the seed report.

export interface Coreference {
  sourceId: string;
  phrase: string;
  refersTo: readonly string[];
}

export function checkEvidenceMentions(
  drafts: readonly RelationshipDraft[],
  entities: ReadonlyMap<string, PlannedEntity>,
  statements: readonly PlannedStatement[],
  coreferences: readonly Coreference[],
  problems: ProblemList,
): SeedInference[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const inferences: SeedInference[] = [];
  for (const draft of drafts) {
    const { relationship } = draft;
    const inference = relationship.props.inference as string | null;
    if (inference) {
      inferences.push({ relationshipId: relationship.id, reason: inference, where: draft.where });
      continue;
    }
    for (const statementId of relationship.props.evidenceIds as string[]) {
      const statement = byId.get(statementId);
      if (!statement) continue;
      const missing = [relationship.from, relationship.to].filter((end) => {
        const entity = entities.get(end);
        return entity && !mentions(statement, entity, byId, coreferences);
      });
      if (missing.length === 0) continue;
      problems.add({
        ...draft.where,
        code: 'EVIDENCE_MISSES_END',
        message: `"${statement.props.text}" is evidence of ${relationship.id} but does not mention ${missing.join(' or ')}`,
        hint: 'Quote words that state this relationship (naming both ends, by name, alias or a co-reference listed under `coreferences`), move the quote to the relationship it states, or mark the relationship `inference: <why it follows>`.',
      });
    }
  }
  return inferences;
}

function mentions(
  statement: PlannedStatement,
  entity: PlannedEntity,
  statements: ReadonlyMap<string, PlannedStatement>,
  coreferences: readonly Coreference[],
): boolean {
  const text = String(statement.props.text);
  const names = [String(entity.props.name), ...((entity.props.aliases as string[] | null) ?? [])];
  if (names.some((name) => containsWords(text, name))) return true;
  // A context event's own quotes are allusions (docs/model.md § "Allusion rule"): overlapping one
  // does not make a quote state anything about the dated event.
  if (entity.props.origin === 'context') return coreferences.some((c) => refersTo(c, statement, entity));
  const start = statement.props.start as number;
  const end = statement.props.end as number;
  const overlaps = entity.evidenceIds.some((id) => {
    const own = statements.get(id);
    if (!own || own.sourceId !== statement.sourceId) return false;
    return (own.props.start as number) < end && start < (own.props.end as number);
  });
  if (overlaps) return true;
  return coreferences.some((c) => refersTo(c, statement, entity));
}

function refersTo(c: Coreference, statement: PlannedStatement, entity: PlannedEntity): boolean {
  return (
    c.sourceId === statement.sourceId &&
    c.refersTo.includes(entity.id) &&
    containsWords(String(statement.props.text), c.phrase)
  );
}

/** Whole-word, case-insensitive containment ("peace" does not match "peaceful"). */
export function containsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
