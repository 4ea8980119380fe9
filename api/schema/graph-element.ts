import type { RelationshipRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { builder } from '../builder.js';
import { edgeData, nodeData } from '../logic/cytoscape.js';
import { Entity } from './entity.js';
import { EntityKind, RelationType } from './enums.js';
import { Statement } from './statement.js';

// Node and edge shapes for graph drawings (neighborhood, paths), ready for Cytoscape:
// `elements = [...nodes.map(n => ({ data: n.data })), ...edges.map(e => ({ data: e.data }))]`.

export const GraphNode = builder.objectRef<EntityNode>('GraphNode').implement({
  description: 'An entity as a drawable node.',
  fields: (t) => ({
    id: t.id({ resolve: (n) => n.id }),
    label: t.string({ description: 'Display label (the entity name).', resolve: (n) => n.name }),
    kind: t.field({ type: EntityKind, resolve: (n) => n.label }),
    type: t.string({ description: 'The entity `kind` (actor kind, event type…).', resolve: (n) => n.kind }),
    data: t.field({ type: 'JSON', description: 'Cytoscape node data.', resolve: (n) => nodeData(n) }),
    entity: t.field({ type: Entity, description: 'The full entity.', resolve: (n) => n }),
  }),
});

export const GraphEdge = builder.objectRef<RelationshipRecord>('GraphEdge').implement({
  description: 'A relationship as a drawable edge (direction as stored).',
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id }),
    source: t.id({ resolve: (e) => e.from }),
    target: t.id({ resolve: (e) => e.to }),
    type: t.field({ type: RelationType, resolve: (e) => e.type }),
    role: t.string({ nullable: true, resolve: (e) => e.role }),
    note: t.string({ nullable: true, resolve: (e) => e.note }),
    evidenceCount: t.int({ resolve: (e) => e.evidenceIds.length }),
    evidence: t.field({ type: [Statement], resolve: (e) => e.evidenceIds }),
    data: t.field({ type: 'JSON', description: 'Cytoscape edge data.', resolve: (e) => edgeData(e) }),
  }),
});
