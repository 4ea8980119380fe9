import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { TimeRange } from '../app/state.js';
import type { TimelineEvent } from '../timeline/placement.js';
import { graphqlRequest } from './client.js';

// Events in time order with what the timeline draws: bounds, precision, the article's relative
// words, lanes (issues, participants) and the PRECEDES order. A small graph's timeline is read
// whole; a large one's only for the window on screen (loadTimelineWindow).

export const TIMELINE_QUERY = /* GraphQL */ `
  query LoadTimeline(
    $first: Int!
    $after: String
    $from: Date
    $to: Date
    $match: TimelineMatch
    $status: [ReviewStatus!]
    $withStatus: Boolean = false
  ) {
    timeline(first: $first, after: $after, from: $from, to: $to, match: $match, status: $status) {
      pageInfo { hasNextPage endCursor }
      edges {
        placedBy sortDate
        node {
          id name kind origin precision earliest latest relativePhrase
          review @include(if: $withStatus) { status }
          earliestFrom { id name origin }
          latestFrom { id name origin }
          issues { issue { id name } }
          participants { actor { id name } }
          preceding { event { id } }
          following { event { id } }
          partOf { event { id } }
        }
      }
    }
  }
`;

interface TimelineNode {
  id: string;
  name: string;
  kind: string;
  origin: TimelineEvent['origin'];
  precision: TimelineEvent['precision'];
  earliest: string | null;
  latest: string | null;
  relativePhrase: string | null;
  earliestFrom: TimelineEvent['earliestFrom'];
  latestFrom: TimelineEvent['latestFrom'];
  issues: { issue: { id: string; name: string } }[];
  participants: { actor: { id: string; name: string } }[];
  preceding: { event: { id: string } }[];
  following: { event: { id: string } }[];
  partOf: { event: { id: string } }[];
  review?: { status: ReviewStatus } | null;
}

interface TimelineEdge {
  placedBy: TimelineEvent['placedBy'];
  sortDate: string | null;
  node: TimelineNode;
}

interface TimelinePage {
  timeline: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: TimelineEdge[] };
}

const PAGE_SIZE = 100;
const MAX_PAGES = 30;

export function toTimelineEvent({ node, placedBy, sortDate }: TimelineEdge): TimelineEvent {
  const unique = <T extends { id: string }>(items: T[]) =>
    items.filter((x, i) => items.findIndex((y) => y.id === x.id) === i);
  return {
    id: node.id,
    name: node.name,
    type: node.kind,
    origin: node.origin,
    precision: node.precision,
    earliest: node.earliest,
    latest: node.latest,
    relativePhrase: node.relativePhrase,
    issues: unique(node.issues.map((link) => link.issue)),
    participants: unique(node.participants.map((link) => link.actor)),
    after: node.preceding.map((link) => link.event.id),
    before: node.following.map((link) => link.event.id),
    partOf: node.partOf.map((link) => link.event.id),
    placedBy,
    sortDate,
    earliestFrom: node.earliestFrom,
    latestFrom: node.latestFrom,
    ...(node.review ? { status: node.review.status } : {}),
  };
}

export interface TimelineInput {
  /** Review statuses to include (null: the API's default, accepted only). */
  statuses?: readonly ReviewStatus[] | null;
}

type PageVariables = { from: string | null; to: string | null; match: 'POSSIBLY' | 'CERTAINLY' };

async function readPages(
  variables: PageVariables,
  input: TimelineInput,
  pages: number,
  size: number,
  signal?: AbortSignal,
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let after: string | null = null;
  const status = input.statuses && input.statuses.length > 0 ? input.statuses : null;
  for (let page = 0; page < pages; page++) {
    const data: TimelinePage = await graphqlRequest<TimelinePage>(
      TIMELINE_QUERY,
      { first: size, after, status, withStatus: status !== null, ...variables },
      signal,
    );
    events.push(...data.timeline.edges.map(toTimelineEvent));
    if (!data.timeline.pageInfo.hasNextPage) break;
    after = data.timeline.pageInfo.endCursor;
  }
  return events;
}

/** Every event (up to MAX_PAGES pages): what a graph the overview holds whole draws. */
export function loadTimeline(input: TimelineInput = {}, signal?: AbortSignal): Promise<TimelineEvent[]> {
  return readPages({ from: null, to: null, match: 'POSSIBLY' }, input, MAX_PAGES, PAGE_SIZE, signal);
}

/** Slices a window loads in parallel, and events per slice: ≤ 800 events spread over it. */
export const WINDOW_SLICES = 8;
export const EVENTS_PER_SLICE = 100;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The window cut into `count` consecutive day ranges (pure). */
export function sliceWindow(window: TimeRange, count = WINDOW_SLICES): TimeRange[] {
  const start = dayOf(window.from);
  const days = Math.max(1, Math.round((dayOf(window.to) - start) / DAY_MS) + 1);
  const parts = Math.min(count, days);
  const slices: TimeRange[] = [];
  for (let i = 0; i < parts; i++) {
    const first = start + Math.floor((i * days) / parts) * DAY_MS;
    const last = start + (Math.floor(((i + 1) * days) / parts) - 1) * DAY_MS;
    slices.push({ from: isoOf(first), to: isoOf(last) });
  }
  return slices;
}

/**
 * The events dated inside a window of a large graph, bounded: the first page of each slice of
 * the window, in parallel, so a dense stretch cannot crowd out the rest of the window.
 */
export async function loadTimelineWindow(
  window: TimeRange,
  input: TimelineInput = {},
  signal?: AbortSignal,
): Promise<TimelineEvent[]> {
  const slices = await Promise.all(
    sliceWindow(window).map((slice) =>
      readPages({ ...slice, match: 'CERTAINLY' }, input, 1, EVENTS_PER_SLICE, signal),
    ),
  );
  return slices.flat();
}
