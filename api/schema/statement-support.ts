import { builder } from '../builder.js';
import { loadEvidencedEntities } from '../loaders/evidence-loaders.js';
import { loadSupportedRelationships } from '../loaders/relationship-loaders.js';
import { Entity } from './entity.js';
import { GraphEdge } from './graph-element.js';
import { Statement } from './statement.js';

// What a statement is evidence of, both ways the graph stores evidence: entities point at their
// statements, relationships list them. Each list is one batched query per response.
const StatementSupport = builder.objectRef<string>('StatementSupport').implement({
  description: 'The entities and relationships one statement is evidence of.',
  fields: (t) => ({
    entities: t.loadableList({
      type: Entity,
      load: (ids: string[], ctx) => loadEvidencedEntities(ids, ctx),
      resolve: (statementId) => statementId,
    }),
    relationships: t.loadableList({
      type: GraphEdge,
      load: (ids: string[], ctx) => loadSupportedRelationships(ids, ctx),
      resolve: (statementId) => statementId,
    }),
  }),
});

builder.objectField(Statement, 'supports', (t) =>
  t.field({
    type: StatementSupport,
    description: 'The entities and relationships this statement is evidence of (empty for NO_CLAIM).',
    resolve: (s) => s.id,
  }),
);
