import { ApiError } from '../api/client.js';
import type { Quote } from '../api/get-entity.js';
import { type EntityDetails, getEntity } from '../api/get-entity.js';
import { getStatements } from '../api/get-statements.js';
import type { Relationship } from '../graph/details-types.js';
import type { NodeRecord } from '../graph/model.js';
import { similarNodes } from '../graph/similar-names.js';
import type { AppContext } from './context.js';
import { ENTITY_KINDS, type EntityKind, isEdgeId, primarySelection } from './state.js';
import { sameValue } from './store.js';

// The details panel follows the primary selection: an entity (fetched once, then cached), a
// relationship (its quotes fetched by id), several nodes (the path finder's start), or nothing.

export function connectDetails(ctx: AppContext): void {
  const { view, data, details } = ctx;
  const entities = new Map<string, EntityDetails>();
  const quotes = new Map<string, Quote[]>();
  let request = 0;

  const relationshipsOf = (id: string): Relationship[] => {
    const { model } = data.get();
    const result: Relationship[] = [];
    for (const edge of model.edges.values()) {
      const outgoing = edge.source === id;
      if (!outgoing && edge.target !== id) continue;
      const other = model.nodes.get(outgoing ? edge.target : edge.source);
      if (other) result.push({ edge, other, outgoing });
    }
    return result;
  };

  const counts = () => {
    const result = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
    for (const node of data.get().model.nodes.values()) result[node.kind] += 1;
    return result;
  };

  const render = async () => {
    const state = view.get();
    const { model, status } = data.get();
    const ticket = ++request;
    const primary = primarySelection(state);
    const selectedNodes = state.selection
      .map((id) => model.nodes.get(id))
      .filter((n): n is NodeRecord => !!n);
    if (!primary) {
      details.showIntro(status === 'ready' ? counts() : null);
      return;
    }
    if (selectedNodes.length >= 2 && state.selection.every((id) => !isEdgeId(id))) {
      details.showSeveral(selectedNodes);
      return;
    }
    try {
      if (isEdgeId(primary)) {
        const edge = model.edges.get(primary);
        if (!edge) return details.showError(`The relationship ${primary} is not in the loaded graph.`);
        const cached = quotes.get(primary);
        details.showEdge(edge, model.nodes.get(edge.source), model.nodes.get(edge.target), cached ?? null);
        if (cached) return;
        const loaded = await getStatements(edge.evidenceIds);
        quotes.set(primary, loaded);
        if (ticket === request)
          details.showEdge(edge, model.nodes.get(edge.source), model.nodes.get(edge.target), loaded);
        return;
      }
      let entity = entities.get(primary);
      if (!entity) {
        details.showLoading(model.nodes.get(primary)?.label ?? primary);
        const loaded = await getEntity(primary);
        if (ticket !== request) return;
        if (!loaded) return details.showError(`Nothing in the graph has the id ${primary}.`);
        entity = loaded;
        entities.set(primary, entity);
      }
      details.showEntity(
        entity,
        relationshipsOf(primary),
        view.get().expanded.includes(primary),
        similarNodes(data.get().model, primary),
      );
    } catch (error) {
      if (ticket !== request) return;
      details.showError(error instanceof ApiError ? error.message : 'Could not load the details.');
      ctx.fail(error, () => void render());
    }
  };

  view.subscribe((state, previous) => {
    if (!sameValue(state.selection, previous.selection) || !sameValue(state.expanded, previous.expanded))
      void render();
  });
  data.subscribe((state, previous) => {
    // A reload follows a write (review, revert): what was cached may have changed.
    if (state.status === 'loading' && previous.status !== 'loading') {
      entities.clear();
      quotes.clear();
    }
    if (state.status !== previous.status || state.model !== previous.model) void render();
  });
  void render();
}
