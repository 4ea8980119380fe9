import type { StatementRecord } from '../../graph/model/records.js';
import { listSources } from '../../graph/queries/list-sources.js';
import type { SourceNode } from '../../graph/queries/source-row.js';
import { builder } from '../builder.js';
import {
  loadCitationsOfSources,
  loadSources,
  loadSourceTexts,
  loadStatementsOfSources,
} from '../loaders/evidence-loaders.js';
import { pageWindow, toConnection } from '../pagination.js';
import { totalCountOf } from './connection.js';
import { DatePrecision, SourceKind } from './enums.js';
import { Event } from './event.js';
import { Statement } from './statement.js';

export const Source = builder.loadableNodeRef('Source', {
  id: { resolve: (s: SourceNode) => s.id },
  load: loadSources,
  sort: (s) => s.id,
});

Source.implement({
  description: 'An article (whose sentences are the evidence) or a reference cited for background.',
  fields: (t) => ({
    kind: t.field({ type: SourceKind, resolve: (s) => s.kind }),
    title: t.exposeString('title'),
    byline: t.exposeString('byline', { nullable: true }),
    outlet: t.exposeString('outlet', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    language: t.exposeString('language', { nullable: true }),
    contentHash: t.exposeString('contentHash', { nullable: true }),
    publishedAt: t.field({ type: 'Date', nullable: true, resolve: (s) => s.publishedAt }),
    publishedPrecision: t.field({ type: DatePrecision, resolve: (s) => s.publishedPrecision }),
    reliability: t.exposeString('reliability', { nullable: true }),
    sentenceCount: t.exposeInt('sentenceCount', { nullable: true }),
    coveredSentenceCount: t.exposeInt('coveredSentenceCount', { nullable: true }),
    coverage: t.float({
      nullable: true,
      description: 'Share of sentences holding at least one statement (0–1).',
      resolve: (s) => (s.sentenceCount ? (s.coveredSentenceCount ?? 0) / s.sentenceCount : null),
    }),
    text: t.loadable({
      type: 'String',
      nullable: true,
      description: 'Full text of an article (null for references). Fetched only when asked for.',
      load: loadSourceTexts,
      resolve: (s) => s.id,
    }),
    statements: t.loadableGroup({
      type: Statement,
      description: 'Statements of this source in reading order.',
      load: loadStatementsOfSources,
      group: (s) => (s as StatementRecord).sourceId,
      resolve: (s) => s.id,
    }),
    citedBy: t.loadableGroup({
      type: Event,
      description: 'Background events this reference dates.',
      load: (ids: string[], ctx) =>
        loadCitationsOfSources(ids, ctx).then((rows) =>
          rows.map((row) => ({ ...row.event, citedSource: row.source.id })),
        ),
      group: (e) => (e as { citedSource?: string }).citedSource ?? '',
      resolve: (s) => s.id,
    }),
  }),
});

builder.queryField('sources', (t) =>
  t.connection(
    {
      type: Source,
      description: 'Sources: articles first, then references; each by title, then id.',
      args: {
        kinds: t.arg({ type: [SourceKind], required: false }),
        text: t.arg.string({
          required: false,
          description: 'Case-insensitive substring of title or outlet.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        const page = await listSources(ctx.client, { kinds: args.kinds, text: args.text }, window);
        return toConnection(page, window);
      },
    },
    { name: 'SourceConnection', fields: (tc) => ({ totalCount: tc.int({ resolve: totalCountOf }) }) },
    { name: 'SourceEdge' },
  ),
);
