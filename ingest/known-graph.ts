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

export function knownGraphFrom(
  entities: readonly EntityRow[],
  relationships: readonly RelationRow[],
): KnownGraph {
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
