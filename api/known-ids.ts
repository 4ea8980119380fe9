import type { GraphClient } from '../graph/client.js';
import type { EntityLabel } from '../graph/model/labels.js';
import { getEntities } from '../graph/queries/get-entities.js';
import { listEntityNames } from '../graph/queries/list-entity-names.js';
import { BadUserInputError } from './errors.js';
import { entityLabelOf } from './global-id.js';

// Filter ids must name something: `holderIds: ["actor:kyiv"]` would otherwise match nothing and
// look like "no claims". Ids are exact (aliases are not ids); the error points at the id whose
// name or alias the client probably meant.

export type IdFilter = readonly [argument: string, ids: readonly string[] | null | undefined];

export async function requireKnownIds(client: GraphClient, filters: readonly IdFilter[]): Promise<void> {
  const wanted = filters.flatMap(([, ids]) => ids ?? []);
  if (wanted.length === 0) return;
  const found = new Set((await getEntities(client, wanted)).map((entity) => entity.id));
  for (const [argument, ids] of filters) {
    const missing = (ids ?? []).find((id) => !found.has(id));
    if (!missing) continue;
    const label = entityLabelOf(missing, argument);
    const hint = await closestByName(client, label, missing);
    throw new BadUserInputError(
      `"${missing}" in "${argument}" is not in the graph; ids are exact, aliases are not ids.${hint} Find ids with \`search\` or \`${label.toLowerCase()}s\`.`,
      argument,
    );
  }
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function closestByName(client: GraphClient, label: EntityLabel, id: string): Promise<string> {
  const wanted = id.slice(id.indexOf(':') + 1);
  const names = await listEntityNames(client, label);
  const match = names.find((n) => [n.name, ...n.aliases].some((name) => slug(name) === wanted));
  return match ? ` "${wanted}" is a name of ${match.id} (${match.name}): use that id.` : '';
}
