import type { EntityNode, RelationRow } from '../../graph/queries/entity-row.js';

// The plain-JSON element data the web app hands to Cytoscape (`{ data: node.data }`).

export function nodeData(entity: EntityNode): Record<string, unknown> {
  return {
    id: entity.id,
    label: entity.name,
    kind: entity.label.toUpperCase(),
    type: entity.kind,
    aliases: entity.aliases,
    evidenceCount: entity.evidenceIds.length,
    ...(entity.label === 'Event'
      ? {
          earliest: entity.extra.earliest ?? null,
          latest: entity.extra.latest ?? null,
          precision: entity.extra.precision ?? null,
          origin: entity.extra.origin ?? null,
        }
      : {}),
  };
}

export function edgeData(relation: RelationRow): Record<string, unknown> {
  return {
    id: relation.id,
    source: relation.from,
    target: relation.to,
    type: relation.type,
    role: relation.role,
    evidenceCount: relation.evidenceIds.length,
  };
}
