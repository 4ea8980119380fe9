import type { ReviewStatus } from '../../../graph/model/review-status.js';
import type { TimelineEvent } from '../timeline/placement.js';
import { graphqlRequest } from './client.js';

// Every event in time order with what the timeline draws: bounds, precision, the article's
// relative words, lanes (issues, participants) and the PRECEDES order.

export const TIMELINE_QUERY = /* GraphQL */ `
  query LoadTimeline($first: Int!, $after: String, $status: [ReviewStatus!] = [ACCEPTED], $withStatus: Boolean = false) {
    timeline(first: $first, after: $after, status: $status) {
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

/** `statuses` null: accepted events only (the API's default). */
export async function loadTimeline(
  signal?: AbortSignal,
  statuses: readonly ReviewStatus[] | null = null,
): Promise<TimelineEvent[]> {
  const status = statuses ? { status: statuses, withStatus: true } : {};
  const events: TimelineEvent[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: TimelinePage = await graphqlRequest<TimelinePage>(
      TIMELINE_QUERY,
      { first: PAGE_SIZE, after, ...status },
      signal,
    );
    events.push(...data.timeline.edges.map(toTimelineEvent));
    if (!data.timeline.pageInfo.hasNextPage) break;
    after = data.timeline.pageInfo.endCursor;
  }
  return events;
}
