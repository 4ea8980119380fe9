import type { GraphClient } from '../client.js';
import { ENTITY_LABELS, type EntityLabel } from '../model/labels.js';
import { type EntityNode, entityProjection, toEntityNode } from './entity-row.js';
import {
  listFilter,
  NAME_OR_ALIAS_CONTAINS_TEXT,
  type Page,
  type PageWindow,
  pageTail,
  readPage,
  textFilter,
} from './page.js';
import { readable, type StatusFilter, statusParams } from './status-filter.js';

// The plain list of one kind (by `kind` value and text), for a kind that needs no filters of its
// own: a new kind's root connection calls this rather than a query file of its own. One constant
// text per label, built from the closed union.
const LIST_ENTITIES_OF = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `
MATCH (n:${label})
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ${readable('n')}
  AND ${NAME_OR_ALIAS_CONTAINS_TEXT}
WITH n ORDER BY n.name, n.id${pageTail(entityProjection('x'))}`,
  ]),
) as Record<EntityLabel, string>;

export interface EntityListFilter extends StatusFilter {
  kinds?: readonly string[] | null;
  text?: string | null;
}

/** Entities of one label sorted by name then id. */
export function listEntitiesOf(
  client: GraphClient,
  label: EntityLabel,
  filter: EntityListFilter,
  window: PageWindow,
): Promise<Page<EntityNode>> {
  const params = {
    kinds: listFilter(filter.kinds),
    text: textFilter(filter.text),
    ...statusParams(filter.status),
  };
  return readPage(client, LIST_ENTITIES_OF[label], params, window, toEntityNode);
}
