import { buildEntityDrafts, type EntityDraft } from './build-entities.js';
import {
  buildRelationshipDrafts,
  checkRelationships,
  type RelationshipDraft,
} from './build-relationships.js';
import { type Coreference, checkEvidenceMentions } from './check-evidence-mentions.js';
import { deriveEventBounds, type PrecedesEdge, type TimedEvent } from './event-time.js';
import { EvidenceResolver } from './evidence-resolver.js';
import type { SeedSourceFiles } from './read-seed-source.js';
import { referenceSources } from './reference-sources.js';
import type { ProblemList } from './seed-errors.js';
import type {
  PlannedEntity,
  PlannedRelationship,
  PlannedSource,
  SeedDisagreement,
  SeedPlan,
} from './seed-plan.js';
import { emptySeedPlan } from './seed-plan.js';
import { rejectSharedAddresses } from './shared-addresses.js';

// From the parsed files of every source to one checked plan. Within a source an id may be
// defined once; across sources the same id is the same thing (its evidence is merged), which is
// how a second article adds to what the first one said.

export function buildSeedPlan(sources: readonly SeedSourceFiles[], problems: ProblemList): SeedPlan {
  const plan = emptySeedPlan();
  const coreferences: Coreference[] = [];
  const entityDrafts: EntityDraft[] = [];
  const relationshipDrafts: RelationshipDraft[] = [];

  for (const files of sources) {
    const resolver = new EvidenceResolver(files, problems);
    const entities = buildEntityDrafts(files, resolver, problems);
    const relationships = buildRelationshipDrafts(files, resolver, problems);
    rejectDuplicates(
      entities.map((d) => ({ id: d.entity.id, where: d.where })),
      problems,
      'entity',
    );
    rejectDuplicates(
      relationships.map((d) => ({ id: d.relationship.id, where: d.where })),
      problems,
      'relationship',
    );
    files.statements.data.noClaim.forEach((entry, index) => {
      const site = { yaml: files.statements, path: ['noClaim', index, 'sentence'] };
      resolver.addNoClaim(entry.sentence, entry.reason, site);
    });
    const coverage = resolver.coverage();
    plan.coverage.push(coverage);
    plan.sources.push(articleSource(files, coverage.sentences, coverage.covered));
    plan.statements.push(...resolver.statements());
    for (const c of files.statements.data.coreferences)
      coreferences.push({ sourceId: resolver.sourceId, phrase: c.phrase, refersTo: c.refersTo });
    entityDrafts.push(...entities);
    relationshipDrafts.push(...relationships);
  }

  const entities = mergeEntities(entityDrafts, problems);
  const checked = checkRelationships(relationshipDrafts, new Set(entities.keys()), problems);
  plan.inferences = checkEvidenceMentions(checked, entities, plan.statements, coreferences, problems);
  plan.relationships = mergeRelationships(checked);
  plan.unlinked = checkLinked(entityDrafts, plan.relationships, problems);

  const timed = new Map<string, TimedEvent>();
  for (const draft of entityDrafts)
    if (draft.time && !timed.has(draft.entity.id)) timed.set(draft.entity.id, draft.time);
  const precedes: PrecedesEdge[] = checked
    .filter((d) => d.relationship.type === 'PRECEDES')
    .map((d) => ({ from: d.relationship.from, to: d.relationship.to, where: d.where }));
  // "The war began with the invasion": a dated beginning places its whole (docs/model.md, Time).
  const beginnings: PrecedesEdge[] = checked
    .filter((d) => d.relationship.type === 'PART_OF' && d.relationship.props.role === 'beginning')
    .map((d) => ({ from: d.relationship.from, to: d.relationship.to, where: d.where }));
  for (const [id, bounds] of deriveEventBounds(timed, precedes, problems, beginnings)) {
    const entity = entities.get(id);
    if (entity) Object.assign(entity.props, bounds);
  }

  rejectSharedAddresses(plan.sources, sources, problems);
  const references = referenceSources(entityDrafts, problems, plan.sources);
  plan.sources.push(...references.sources);
  plan.citations = references.citations;
  plan.entities = [...entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  plan.disagreements = plan.entities.flatMap((e) =>
    ((e.props.disagreements as string[] | undefined) ?? []).map((json) => ({
      entityId: e.id,
      ...(JSON.parse(json) as Omit<SeedDisagreement, 'entityId'>),
    })),
  );
  return plan;
}

function articleSource(files: SeedSourceFiles, sentences: number, covered: number): PlannedSource {
  const meta = files.source.data;
  const id = `source:${files.slug}`;
  return {
    id,
    props: {
      id,
      kind: 'article',
      slug: files.slug,
      title: meta.title,
      byline: meta.byline,
      outlet: meta.outlet,
      url: meta.url,
      language: meta.language,
      contentHash: meta.contentHash,
      publishedAt: meta.published.date,
      publishedPrecision: meta.published.precision,
      reliability: null,
      text: files.text,
      sentenceCount: sentences,
      coveredSentenceCount: covered,
    },
  };
}

function rejectDuplicates(
  items: { id: string; where: EntityDraft['where'] }[],
  problems: ProblemList,
  what: string,
) {
  const first = new Map<string, EntityDraft['where']>();
  for (const item of items) {
    const seen = first.get(item.id);
    if (!seen) {
      first.set(item.id, item.where);
      continue;
    }
    problems.add({
      ...item.where,
      code: 'DUPLICATE_ID',
      message: `${what} ${item.id} is defined twice in this source (first at ${seen.file}:${seen.line})`,
      hint: `Keep one definition and move the other's evidence into it${item.id.includes('|OPPOSES|') ? ' (OPPOSES counts both directions as one)' : ''}.`,
    });
  }
}

function mergeEntities(drafts: readonly EntityDraft[], problems: ProblemList): Map<string, PlannedEntity> {
  const merged = new Map<string, PlannedEntity>();
  const origin = new Map<string, EntityDraft>();
  for (const draft of drafts) {
    const { entity } = draft;
    const existing = merged.get(entity.id);
    const first = origin.get(entity.id);
    if (!existing || !first) {
      merged.set(entity.id, {
        ...entity,
        props: { ...entity.props },
        evidenceIds: [...entity.evidenceIds],
        allusionIds: [...entity.allusionIds],
      });
      origin.set(entity.id, draft);
      continue;
    }
    if (first.where.file === draft.where.file) continue; // a duplicate in one source: already reported
    const clash = (['name', 'kind'] as const).find((key) => existing.props[key] !== entity.props[key]);
    if (clash) {
      problems.add({
        ...draft.where,
        code: 'CONFLICTING_DEFINITION',
        message: `${entity.id} has ${clash} "${entity.props[clash]}" here but "${existing.props[clash]}" in ${first.where.file}:${first.where.line}`,
        hint: 'The same id means the same thing in every source: use the same name and kind, or a different id.',
      });
      continue;
    }
    existing.evidenceIds = [...new Set([...existing.evidenceIds, ...entity.evidenceIds])];
    existing.allusionIds = [...new Set([...existing.allusionIds, ...entity.allusionIds])];
    // A background event that another article states directly is that article's event.
    if (entity.props.origin === 'article') existing.props.origin = 'article';
    const aliases = [
      ...new Set([...(existing.props.aliases as string[]), ...(entity.props.aliases as string[])]),
    ];
    existing.props.aliases = aliases;
    existing.props.aliasText = aliases.join('|');
    existing.props.description ??= entity.props.description ?? null;
    recordDisagreements(existing, first, draft);
  }
  return merged;
}

// The merge rule for a second source (docs/model.md): the first source's value stays the
// entity's value, and every other value a source gives is kept beside it, attributed, as a
// disagreement, never dropped.
const COMPARED = ['description', 'wikidataId'] as const;

function recordDisagreements(existing: PlannedEntity, first: EntityDraft, draft: EntityDraft): void {
  const values = (d: EntityDraft): [string, string | null][] => [
    ...COMPARED.map((key): [string, string | null] => [key, (d.entity.props[key] as string | null) ?? null]),
    ['time', d.time ? `${d.time.precision} ${d.time.earliest ?? '?'}..${d.time.latest ?? '?'}` : null],
  ];
  const theirs = new Map(values(draft));
  const list = [...((existing.props.disagreements as string[] | undefined) ?? [])];
  for (const [field, ours] of values(first)) {
    const other = theirs.get(field) ?? null;
    if (ours === null || other === null || ours === other) continue;
    list.push(
      JSON.stringify({
        field,
        values: [
          { value: ours, sourceId: sourceIdOf(first.where.file) },
          { value: other, sourceId: sourceIdOf(draft.where.file) },
        ],
      }),
    );
  }
  existing.props.disagreements = list;
}

/** `seeds/<slug>/statements.yaml` → `source:<slug>`. */
function sourceIdOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return `source:${parts.at(-2) ?? file}`;
}

function mergeRelationships(drafts: readonly RelationshipDraft[]): PlannedRelationship[] {
  const merged = new Map<string, PlannedRelationship>();
  for (const { relationship } of drafts) {
    const existing = merged.get(relationship.id);
    if (!existing) {
      merged.set(relationship.id, { ...relationship, props: { ...relationship.props } });
      continue;
    }
    const evidence = new Set([
      ...(existing.props.evidenceIds as string[]),
      ...(relationship.props.evidenceIds as string[]),
    ]);
    existing.props.evidenceIds = [...evidence];
    existing.props.role ??= relationship.props.role ?? null;
    existing.props.note ??= relationship.props.note ?? null;
    // Stated by one source, inferred by another: it is stated.
    if (!relationship.props.inference) existing.props.inference = null;
  }
  return [...merged.values()].sort((a, b) => a.id.localeCompare(b.id));
}

// Every entity with evidence takes part in at least one relationship (else `paths` and
// `neighborhood` never reach it), or its entry says why not under `unlinked`.
function checkLinked(
  drafts: readonly EntityDraft[],
  relationships: readonly PlannedRelationship[],
  problems: ProblemList,
): SeedPlan['unlinked'] {
  const linked = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const unlinked: SeedPlan['unlinked'] = [];
  for (const { entity, where } of drafts) {
    if (linked.has(entity.id)) continue;
    const reason = entity.props.unlinked as string | null;
    if (reason) {
      if (!unlinked.some((u) => u.entityId === entity.id))
        unlinked.push({ entityId: entity.id, reason, where });
      continue;
    }
    problems.add({
      ...where,
      code: 'UNLINKED_ENTITY',
      message: `${entity.id} has evidence but no relationship, so paths and neighborhoods never reach it`,
      hint: 'Add the relationship its evidence states (with that evidence), or say why there is none with `unlinked: <reason>`.',
    });
  }
  return unlinked;
}
