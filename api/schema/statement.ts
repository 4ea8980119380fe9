import type { StatementRecord } from '../../graph/model/records.js';
import { builder } from '../builder.js';
import { loadEvidencedEntities, loadStatements } from '../loaders/evidence-loaders.js';
import { Entity } from './entity.js';
import { StatementRole } from './enums.js';
import { Source } from './source.js';

export const Statement = builder.loadableNodeRef('Statement', {
  id: { resolve: (s: StatementRecord) => s.id },
  load: loadStatements,
  sort: (s) => s.id,
});

Statement.implement({
  description: 'An exact span of a source text: the evidence for entities and relationships.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'Exactly `source.text[start:end]`.' }),
    start: t.exposeInt('start', { description: 'Offset in UTF-16 code units (JavaScript string index).' }),
    end: t.exposeInt('end'),
    paragraph: t.exposeInt('paragraph', { description: '0-based.' }),
    sentence: t.exposeInt('sentence', { description: '0-based, counted over the whole text.' }),
    role: t.field({ type: StatementRole, resolve: (s) => s.role }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why a NO_CLAIM sentence supports nothing.',
    }),
    source: t.field({ type: Source, resolve: (s) => s.sourceId }),
    evidenceFor: t.loadableList({
      type: Entity,
      description: 'The entities this statement is evidence for.',
      load: (ids: string[], ctx) => loadEvidencedEntities(ids, ctx),
      resolve: (s) => s.id,
    }),
  }),
});
