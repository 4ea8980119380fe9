import type { StatementRecord } from '../../graph/model/records.js';
import { listStatements } from '../../graph/queries/list-statements.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { decodeGlobalId } from '../global-id.js';
import { loadEvidencedEntities, loadStatements } from '../loaders/evidence-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { totalCountOf } from './connection.js';
import { Entity } from './entity.js';
import { StatementRole } from './enums.js';
import { Source } from './source.js';
import { statusArg } from './status-arg.js';

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

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: Statement,
      description:
        'Statements in reading order, picked by source, sentence or paragraph number, role or words: e.g. `statements(sourceIds: [...], roles: [NO_CLAIM])` for the sentences that carry no item, with their reasons.',
      args: {
        ...statusArg,
        sourceIds: t.arg.idList({ required: false, description: 'Only statements of these sources.' }),
        sentences: t.arg.intList({ required: false, description: '0-based sentence numbers.' }),
        paragraphs: t.arg.intList({ required: false, description: '0-based paragraph numbers.' }),
        roles: t.arg({ type: [StatementRole], required: false }),
        text: t.arg.string({ required: false, description: 'Case-insensitive words of the quote.' }),
      },
      resolve: async (_root, args, ctx) => {
        for (const id of args.sourceIds ?? []) {
          if (decodeGlobalId(id).typename !== 'Source')
            throw new BadUserInputError(`"sourceIds" takes source ids (source:…), got "${id}".`, 'sourceIds');
        }
        for (const [name, numbers] of [
          ['sentences', args.sentences],
          ['paragraphs', args.paragraphs],
        ] as const) {
          const negative = (numbers ?? []).find((n) => n < 0);
          if (negative !== undefined)
            throw new BadUserInputError(`"${name}" are 0-based numbers, got ${negative}.`, name);
        }
        const window = pageWindow(args);
        const filter = {
          status: askedStatuses(args.status, ctx),
          sourceIds: args.sourceIds,
          sentences: args.sentences,
          paragraphs: args.paragraphs,
          roles: args.roles,
          text: args.text,
        };
        return toConnection(await listStatements(ctx.client, filter, window), window);
      },
    },
    { name: 'StatementConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'StatementEdge' },
  ),
);
