import type { GraphClient } from '../../graph/client.js';
import { ENTITY_LABELS, type EntityLabel } from '../../graph/model/labels.js';
import { countByStatus, type StatusCount } from '../../graph/queries/count-by-status.js';
import {
  countGraph,
  countSubKinds,
  countUnevidenced,
  listSourceCoverage,
  type SubKindCount,
} from '../../graph/queries/get-stats.js';
import type { SourceNode } from '../../graph/queries/source-row.js';
import { builder } from '../builder.js';
import { EntityKind } from './enums.js';
import { ReviewStatus } from './revision.js';
import { Source } from './source.js';

const KindCount = builder.objectRef<{ kind: EntityLabel; count: number }>('KindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: EntityKind, resolve: (c) => c.kind }),
    count: t.exposeInt('count'),
  }),
});

const SubKindCountRef = builder.objectRef<SubKindCount>('SubKindCount').implement({
  description: 'How many entities of one kind have one `kind` value (actor kind, event type…).',
  fields: (t) => ({
    entityKind: t.field({ type: EntityKind, resolve: (c) => c.label }),
    kind: t.string({ nullable: true, resolve: (c) => c.kind }),
    count: t.exposeInt('count'),
  }),
});

const StatusCountRef = builder.objectRef<StatusCount>('StatusCount').implement({
  description: 'How many entities, statements and relationships have one review status.',
  fields: (t) => ({
    status: t.field({ type: ReviewStatus, resolve: (c) => c.status }),
    entities: t.exposeInt('entities'),
    statements: t.exposeInt('statements'),
    relationships: t.exposeInt('relationships'),
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

// Each part is read once per request and only when a selected field needs it: the count-store
// counts are constant-time, the breakdowns read nodes.
function statsOf(client: GraphClient) {
  const once = <T>(read: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => {
      value ??= read();
      return value;
    };
  };
  return {
    counts: once(() => countGraph(client)),
    subKinds: once(() => countSubKinds(client)),
    unevidenced: once(() => countUnevidenced(client)),
    sources: once(() => listSourceCoverage(client)),
    byStatus: once(() => countByStatus(client)),
  };
}

const Stats = builder.objectRef<ReturnType<typeof statsOf>>('Stats').implement({
  description: 'What the graph holds.',
  fields: (t) => ({
    counts: t.field({
      type: [KindCount],
      description: 'Entities per kind, every review status together (every kind listed, zero included).',
      resolve: async (s) => {
        const { entities } = await s.counts();
        return ENTITY_LABELS.map((kind) => ({ kind, count: entities[kind] }));
      },
    }),
    subKinds: t.field({ type: [SubKindCountRef], resolve: (s) => s.subKinds() }),
    entityCount: t.int({
      description: 'Entities stored, every review status together (`byStatus` splits them).',
      resolve: async (s) => Object.values((await s.counts()).entities).reduce((sum, n) => sum + n, 0),
    }),
    unevidencedEntityCount: t.int({
      description: 'Entities without evidence (should be 0).',
      resolve: (s) => s.unevidenced(),
    }),
    statementCount: t.int({
      description: 'Statements stored, every review status together.',
      resolve: async (s) => (await s.counts()).statements,
    }),
    relationshipCount: t.int({
      description: 'Domain relationships between entities, every review status together.',
      resolve: async (s) => (await s.counts()).relationships,
    }),
    sourceCount: t.int({ resolve: async (s) => (await s.counts()).sources }),
    byStatus: t.field({
      type: [StatusCountRef],
      description:
        'Entities, statements and relationships per review status (every status listed). Reads every item: ask only when needed.',
      resolve: (s) => s.byStatus(),
    }),
    coverage: t.field({
      type: [SourceCoverage],
      description: 'Sentence coverage per source.',
      resolve: (s) => s.sources(),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: Stats,
    description: 'Counts per kind and sentence coverage per source.',
    resolve: (_root, _args, ctx) => statsOf(ctx.client),
  }),
);
