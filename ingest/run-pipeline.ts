// The ingestion pipeline: composes the stages, in order, on one source. Pure: the known graph
// (entities and events to resolve against) comes in as data, proposals go out; nothing here
// touches a database or GraphQL.
import { createHash } from 'node:crypto';
import { buildGazetteer, type Gazetteer } from './build-gazetteer.js';
import { buildProposals } from './build-proposals.js';
import { findClaims } from './find-claims.js';
import { findEventRoles } from './find-event-roles.js';
import { findEvents } from './find-events.js';
import { findMentions } from './find-mentions.js';
import { findRepresentation } from './find-representation.js';
import { linkCoreference } from './link-coreference.js';
import type { KnownEvent } from './match-events.js';
import type { KnownEntity } from './model.js';
import { normaliseDates } from './normalise-dates.js';
import type { IngestResult } from './proposals.js';
import { resolveCluster } from './resolve-entities.js';
import { segmentText } from './segment-text.js';
import type { SourceDocument } from './source-document.js';

export interface KnownGraph {
  entities: readonly KnownEntity[];
  events: readonly KnownEvent[];
}

export const EMPTY_GRAPH: KnownGraph = { entities: [], events: [] };

// Building the gazetteer's one big pattern takes a few milliseconds: once per known graph.
const gazetteers = new WeakMap<readonly KnownEntity[], Gazetteer>();

export function runPipeline(source: SourceDocument, known: KnownGraph = EMPTY_GRAPH): IngestResult {
  let gazetteer = gazetteers.get(known.entities);
  if (!gazetteer) {
    gazetteer = buildGazetteer(known.entities);
    gazetteers.set(known.entities, gazetteer);
  }
  const { text } = source;
  const units = segmentText(text);
  const mentions = findMentions(text, units, gazetteer);
  const { clusters, keyAt } = linkCoreference(mentions, gazetteer.countryNames);
  const resolved = clusters.map((cluster) => ({
    cluster,
    resolution: resolveCluster(cluster, known.entities, text),
  }));
  const times = normaliseDates(units, source.published);
  const linkedMentions = clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  const events = findEventRoles(text, findEvents(text, units, times), units, linkedMentions, keyAt, clusters);
  const claims = findClaims(text, units, linkedMentions, keyAt, clusters);
  const representation = findRepresentation(text, units, linkedMentions, keyAt);
  const issuesByUnit = new Map<number, string[]>();
  for (const m of linkedMentions.filter((m) => m.label === 'Issue')) {
    issuesByUnit.set(m.unit, [...(issuesByUnit.get(m.unit) ?? []), keyAt.get(m.start) ?? '']);
  }
  return {
    source: {
      title: source.title,
      outlet: source.outlet,
      url: source.url,
      byline: source.byline,
      published: source.published,
      format: source.format,
      text,
      contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    },
    units: {
      headings: units.filter((u) => u.kind === 'heading').length,
      sentences: units.filter((u) => u.kind === 'sentence').length,
    },
    // An anchored phrase ("the following day") carries the date its event gave it.
    dates: times.map((t) => events.find((e) => e.time?.start === t.start)?.time ?? t),
    proposals: buildProposals({
      clusters: resolved,
      events,
      claims,
      representation,
      knownEvents: known.events,
      issuesByUnit,
    }),
  };
}
