import type { SearchHit } from '../api/search-entities.js';
import { type GraphModel, relationLabel } from './model.js';

// The search box's ordering and its second source. The API ranks by full-text score, which
// puts "Turkey-brokered prisoner swap…" above "Turkey" itself; an analyst typing a name wants
// that name first. Relationships are not entities, so the API does not search them: the web
// app searches the loaded graph's relationships by their verb ("mediat" → MEDIATED) and ends.

export function normaliseQuery(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function tier(hit: SearchHit, query: string): number {
  const name = normaliseQuery(hit.entity.name);
  if (name === query) return 0;
  if (hit.matchedIn === 'ALIAS' && normaliseQuery(hit.snippet.text) === query) return 1;
  if (name.startsWith(query)) return 2;
  if (name.split(/[\s\-–,:']+/).some((word) => word.startsWith(query))) return 3;
  return 4;
}

/** Exact names first, then aliases, then names that start with the query; API order within. */
export function rankHits(hits: readonly SearchHit[], query: string): SearchHit[] {
  const q = normaliseQuery(query);
  return hits
    .map((hit, index) => ({ hit, index, tier: tier(hit, q) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ hit }) => hit);
}

export interface RelationshipHit {
  id: string;
  /** "Turkey mediated Russia–Ukraine talks in Istanbul" */
  name: string;
  type: string;
}

/** Loaded relationships whose verb or ends match the query; verb matches first. */
export function findRelationships(model: GraphModel, query: string, limit = 4): RelationshipHit[] {
  const q = normaliseQuery(query);
  if (q.length < 3) return [];
  const found: { hit: RelationshipHit; rank: number }[] = [];
  for (const edge of model.edges.values()) {
    const verb = normaliseQuery(`${relationLabel(edge.type)} ${edge.role ?? ''}`);
    const source = model.nodes.get(edge.source)?.label ?? edge.source;
    const target = model.nodes.get(edge.target)?.label ?? edge.target;
    const name = `${source} ${relationLabel(edge.type)} ${target}`;
    const verbMatch = verb.split(' ').some((word) => word.startsWith(q)) || verb.startsWith(q);
    // By the ends only for a phrase ("turkey mediated"): one name alone is an entity search.
    if (!verbMatch && !(q.includes(' ') && normaliseQuery(name).includes(q))) continue;
    found.push({ hit: { id: edge.id, name, type: edge.type }, rank: verbMatch ? 0 : 1 });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit)
    .map(({ hit }) => hit);
}
