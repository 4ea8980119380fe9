// The known graph the pipeline resolves against, built from plain entity and relationship
// records (read through graph/queries by the CLI and the API, or from a seed plan by the bench).
import type { KnownEvent } from './match-events.js';
import type { KnownEntity } from './model.js';
import type { KnownGraph } from './run-pipeline.js';

export interface EntityRow {
  id: string;
  label: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  earliest: string | null;
  latest: string | null;
  sourceCount: number;
}

export interface RelationRow {
  type: string;
  from: string;
  to: string;
}

const EVENT_ROLES = new Set(['PARTICIPATED_IN', 'HOSTED', 'MEDIATED', 'OCCURRED_IN']);

// The same rows (a cached read) give the same KnownGraph object, so the pipeline's gazetteer,
// built once per known graph, is built once per read rather than once per source.
const built = new WeakMap<
  readonly EntityRow[],
  { relationships: readonly RelationRow[]; graph: KnownGraph }
>();

export function knownGraphFrom(
  entities: readonly EntityRow[],
  relationships: readonly RelationRow[],
): KnownGraph {
  const hit = built.get(entities);
  if (hit?.relationships === relationships) return hit.graph;
  const graph = buildKnownGraph(entities, relationships);
  built.set(entities, { relationships, graph });
  return graph;
}

function buildKnownGraph(entities: readonly EntityRow[], relationships: readonly RelationRow[]): KnownGraph {
  const related = new Map<string, string[]>();
  for (const r of relationships) {
    if (!EVENT_ROLES.has(r.type)) continue;
    const [event, other] = r.type === 'OCCURRED_IN' ? [r.from, r.to] : [r.to, r.from];
    related.set(event, [...(related.get(event) ?? []), other]);
  }
  const known: KnownEntity[] = entities
    .filter((e): e is EntityRow & { label: KnownEntity['label'] } =>
      ['Actor', 'Place', 'Issue', 'Event', 'Claim'].includes(e.label),
    )
    .map(({ id, label, kind, name, aliases, description }) => ({
      id,
      label,
      kind,
      name,
      aliases,
      description,
    }));
  const events: KnownEvent[] = entities
    .filter((e) => e.label === 'Event')
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.kind,
      earliest: e.earliest,
      latest: e.latest,
      related: related.get(e.id) ?? [],
      sourceCount: e.sourceCount,
    }));
  return { entities: known, events };
}
