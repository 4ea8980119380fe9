import { crosswalkProperties, type EventType } from '../model/event-types.js';
import { ENTITY_KIND_SPECS, ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { checkDeclaredBounds, type TimedEvent, type Where } from './event-time.js';
import type { EvidenceResolver } from './evidence-resolver.js';
import type { SeedSourceFiles } from './read-seed-source.js';
import { fieldPath, type ProblemList } from './seed-errors.js';
import type { PlannedEntity, Props } from './seed-plan.js';
import type { Citation, EventTime, EvidenceRef } from './seed-schemas.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

// Turns the entity entries of one source's statements.yaml and context-events.yaml into
// planned entities with their evidence, checking what one entry alone can get wrong.

export interface EntityDraft {
  entity: PlannedEntity;
  where: Where;
  time: TimedEvent | null;
  citations: Citation[];
}

interface Entry {
  id: string;
  name: string;
  aliases?: string[];
  description?: string | null | undefined;
  unlinked?: string | null | undefined;
  evidence: EvidenceRef[];
}

// One seed section per kind, named by the registry (tests/unit/seed-schemas-registry.test.ts).
const SECTIONS = ENTITY_LABELS.map((label) => [ENTITY_KIND_SPECS[label].plural, label] as const);

export function buildEntityDrafts(files: SeedSourceFiles, resolver: EvidenceResolver, problems: ProblemList) {
  const drafts: EntityDraft[] = [];
  const yaml = files.statements;
  for (const [section, label] of SECTIONS) {
    yaml.data[section].forEach((entry, index) => {
      const path = [section, index];
      const props: Props = 'stance' in entry ? { kind: entry.stance } : { kind: entry.kind };
      if ('wikidataId' in entry) props.wikidataId = entry.wikidataId ?? null;
      let time: TimedEvent | null = null;
      let phrase: string | null = null;
      if ('time' in entry) {
        time = articleEventTime(entry, yaml, path, problems);
        phrase = entry.time.relativePhrase ?? null;
        Object.assign(props, eventProps(entry.kind, 'article', phrase));
      }
      const draft = makeDraft(label, entry, props, yaml, path, resolver, problems);
      if (draft) drafts.push({ ...draft, time, citations: [] });
      if (draft && phrase) checkPhrase(phrase, draft, yaml, path, resolver, problems);
    });
  }

  const context = files.context;
  context?.data.events.forEach((entry, index) => {
    const path = ['events', index];
    const where = whereOf(context, path);
    const problem = checkDeclaredBounds(entry.precision, entry.earliest, entry.latest);
    if (problem)
      problems.add({
        ...where,
        code: 'MALFORMED_DATE',
        message: problem,
        hint: 'Copy the bounds exactly as the cited references give them.',
      });
    const props: Props = {
      kind: entry.kind,
      ...eventProps(entry.kind, 'context', null),
      relatesTo: entry.relatesTo ?? null,
      discrepancies: entry.discrepancies,
      note: entry.note ?? null,
    };
    const draft = makeDraft(
      'Event',
      { ...entry, evidence: entry.allusion },
      props,
      context,
      path,
      resolver,
      problems,
      'allusion',
    );
    const time = {
      id: entry.id,
      precision: entry.precision,
      earliest: entry.earliest,
      latest: entry.latest,
      where,
    };
    // The allusion is kept as such: a context event's evidence is its cited references.
    if (draft) {
      const entity = { ...draft.entity, evidenceIds: [], allusionIds: draft.entity.evidenceIds };
      drafts.push({ ...draft, entity, time, citations: entry.sources });
    }
  });
  return drafts;
}

function makeDraft(
  label: EntityLabel,
  entry: Entry,
  props: Props,
  yaml: YamlFile<unknown>,
  path: YamlPath,
  resolver: EvidenceResolver,
  problems: ProblemList,
  evidenceField = 'evidence',
): { entity: PlannedEntity; where: Where } | null {
  const where = whereOf(yaml, path);
  const evidenceIds = resolver.resolve(entry.evidence, { yaml, path: [...path, evidenceField] });
  if (entry.evidence.length === 0) {
    problems.add({
      ...where,
      code: 'MISSING_EVIDENCE',
      message: `${entry.id} has no evidence`,
      hint: `Add \`${evidenceField}:\` with at least one exact quote from the article that supports it, or remove it.`,
    });
    return null;
  }
  const aliases = entry.aliases ?? [];
  const entity: PlannedEntity = {
    id: entry.id,
    label,
    evidenceIds,
    allusionIds: [],
    props: {
      id: entry.id,
      name: entry.name,
      aliases,
      aliasText: aliases.join('|'),
      description: entry.description ?? null,
      unlinked: entry.unlinked ?? null,
      disagreements: [],
      ...props,
    },
  };
  return { entity, where };
}

function articleEventTime(
  entry: { id: string; time: EventTime },
  yaml: YamlFile<unknown>,
  path: YamlPath,
  problems: ProblemList,
): TimedEvent {
  const { precision, earliest, latest, relativePhrase } = entry.time;
  const where = whereOf(yaml, [...path, 'time']);
  const problem = checkDeclaredBounds(precision, earliest, latest);
  if (problem) {
    problems.add({
      ...where,
      code: 'MALFORMED_DATE',
      message: problem,
      hint: 'Give the dates the source states, with the matching precision; never guess one.',
    });
  }
  if (precision === 'relative' && !relativePhrase) {
    problems.add({
      ...where,
      code: 'INVALID_FIELD',
      message: 'a relative time needs relativePhrase',
      hint: 'Copy the article\'s own time words, e.g. relativePhrase: "previously".',
    });
  }
  return { id: entry.id, precision, earliest: earliest ?? null, latest: latest ?? null, where };
}

function checkPhrase(
  phrase: string,
  draft: { entity: PlannedEntity },
  yaml: YamlFile<unknown>,
  path: YamlPath,
  resolver: EvidenceResolver,
  problems: ProblemList,
) {
  const quotes = resolver.statements().filter((s) => draft.entity.evidenceIds.includes(s.id));
  if (quotes.some((s) => String(s.props.text).includes(phrase))) return;
  problems.add({
    ...whereOf(yaml, [...path, 'time', 'relativePhrase']),
    code: 'INVALID_FIELD',
    message: `relativePhrase "${phrase}" does not appear in any evidence quote of ${draft.entity.id}`,
    hint: "The phrase must be the article's own words: quote the sentence that holds it as evidence of this event.",
  });
}

function eventProps(kind: EventType, origin: 'article' | 'context', relativePhrase: string | null): Props {
  return {
    origin,
    relativePhrase,
    earliestFrom: null,
    latestFrom: null,
    relatesTo: null,
    discrepancies: [],
    note: null,
    ...crosswalkProperties(kind),
  };
}

export function whereOf(yaml: YamlFile<unknown>, path: YamlPath): Where {
  return { file: yaml.file, line: yaml.lineOf(path), field: fieldPath(path) };
}
