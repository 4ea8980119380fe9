import type { EntityLabel } from '../../graph/model/labels.js';
import { type GraphStats, getStats } from '../../graph/queries/get-stats.js';
import type { SourceNode } from '../../graph/queries/source-row.js';
import { builder } from '../builder.js';
import { EntityKind } from './enums.js';
import { Source } from './source.js';

const KindCount = builder.objectRef<{ kind: EntityLabel; count: number }>('KindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: EntityKind, resolve: (c) => c.kind }),
    count: t.exposeInt('count'),
  }),
});

const SubKindCount = builder
  .objectRef<{ label: EntityLabel; kind: string | null; count: number }>('SubKindCount')
  .implement({
    description: 'How many entities of one kind have one `kind` value (actor kind, event type…).',
    fields: (t) => ({
      entityKind: t.field({ type: EntityKind, resolve: (c) => c.label }),
      kind: t.string({ nullable: true, resolve: (c) => c.kind }),
      count: t.exposeInt('count'),
    }),
  });

const SourceCoverage = builder.objectRef<SourceNode>('SourceCoverage').implement({
  description: 'How much of a source the graph covers, sentence by sentence.',
  fields: (t) => ({
    source: t.field({ type: Source, resolve: (s) => s }),
    sentenceCount: t.exposeInt('sentenceCount', { nullable: true }),
    coveredSentenceCount: t.exposeInt('coveredSentenceCount', { nullable: true }),
    coverage: t.float({
      nullable: true,
      description: 'Share of sentences holding at least one statement (0–1).',
      resolve: (s) => (s.sentenceCount ? (s.coveredSentenceCount ?? 0) / s.sentenceCount : null),
    }),
  }),
});

const Stats = builder.objectRef<GraphStats>('Stats').implement({
  description: 'What the graph holds.',
  fields: (t) => ({
    counts: t.field({
      type: [KindCount],
      description: 'Entities per kind (every kind listed, zero included).',
      resolve: (s) =>
        (['Actor', 'Place', 'Issue', 'Event', 'Claim'] as const).map((kind) => ({
          kind,
          count: s.kinds.filter((k) => k.label === kind).reduce((sum, k) => sum + k.count, 0),
        })),
    }),
    subKinds: t.field({
      type: [SubKindCount],
      resolve: (s) => s.kinds.map((k) => ({ ...k, label: k.label as EntityLabel })),
    }),
    entityCount: t.int({ resolve: (s) => s.kinds.reduce((sum, k) => sum + k.count, 0) }),
    unevidencedEntityCount: t.exposeInt('unevidenced', {
      description: 'Entities without evidence (should be 0).',
    }),
    statementCount: t.exposeInt('statements'),
    relationshipCount: t.exposeInt('relationships', {
      description: 'Domain relationships between entities.',
    }),
    sourceCount: t.int({ resolve: (s) => s.sources.length }),
    coverage: t.field({
      type: [SourceCoverage],
      description: 'Sentence coverage per source.',
      resolve: (s) => s.sources,
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: Stats,
    description: 'Counts per kind and sentence coverage per source.',
    resolve: (_root, _args, ctx) => getStats(ctx.client),
  }),
);
