import type { RelationshipRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';

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
          earliest: entity.earliest,
          latest: entity.latest,
          precision: entity.precision,
          origin: entity.origin,
        }
      : {}),
  };
}

export function edgeData(relation: RelationshipRecord): Record<string, unknown> {
  return {
    id: relation.id,
    source: relation.from,
    target: relation.to,
    type: relation.type,
    role: relation.role,
    evidenceCount: relation.evidenceIds.length,
  };
}
