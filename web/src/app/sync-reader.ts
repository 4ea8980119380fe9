import { getSource, type SourceDocument } from '../api/get-source.js';
import { edgesByStatement, relationLabel } from '../graph/model.js';
import { buildEvidenceIndex, type EvidenceIndex, statementsFor } from '../reader/evidence-index.js';
import type { AppContext } from './context.js';
import { isEdgeId, primarySelection } from './state.js';
import { sameValue } from './store.js';

// The reader follows the view: it opens the chosen source (or the first article), marks the
// quotes of whatever is selected and scrolls to them, and marks the quotes of what the pointer
// is over in the graph. Its evidence index goes to the data store, where a click on a highlight
// (actions.selectPhrases) and the graph's hover (sync-graph.ts) read it.

export function connectReader(ctx: AppContext): void {
  const { view, data, reader } = ctx;
  const documents = new Map<string, SourceDocument>();
  let shown: { id: string; index: EvidenceIndex; model: unknown } | null = null;
  let request = 0;

  const describe = (id: string): string => {
    const { model } = data.get();
    if (!isEdgeId(id)) return model.nodes.get(id)?.label ?? id;
    const edge = model.edges.get(id);
    if (!edge) return id;
    return `${model.nodes.get(edge.source)?.label ?? edge.source} ${relationLabel(edge.type)} ${model.nodes.get(edge.target)?.label ?? edge.target}`;
  };

  const selectionLabel = (): string => {
    const state = view.get();
    const primary = primarySelection(state);
    if (!primary) return '';
    // Entities read first ("Russia, Ukraine +3"), relationships after them.
    const ordered = [...state.selection.filter((id) => !isEdgeId(id)), ...state.selection.filter(isEdgeId)];
    const names = ordered.map(describe);
    return names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
  };

  const mark = (scroll: boolean) => {
    if (!shown) return;
    const ids = statementsFor(shown.index, view.get().selection);
    reader.markLinked(ids, selectionLabel(), scroll && view.get().panel === 'reader');
    const { pendingQuoteId } = data.get();
    if (pendingQuoteId) {
      reader.focusStatement(pendingQuoteId);
      data.update({ pendingQuoteId: null });
    }
  };

  const open = async () => {
    const state = view.get();
    const { sources, model, status } = data.get();
    if (status !== 'ready') return;
    const sourceId = state.sourceId ?? sources[0]?.id ?? null;
    if (!sourceId) return reader.showMessage('No article is loaded yet.');
    if (shown?.id === sourceId && shown.model === model) return mark(true);
    const ticket = ++request;
    try {
      let document = documents.get(sourceId);
      if (!document) {
        reader.showMessage('Loading the article…');
        const loaded = await getSource(sourceId);
        if (ticket !== request) return;
        if (!loaded?.text)
          return reader.showMessage('This source has no text to show (references are cited, not stored).');
        document = loaded;
        documents.set(sourceId, document);
      }
      const index = buildEvidenceIndex(
        document.statements.filter((s) => s.role === 'EVIDENCE'),
        edgesByStatement(model),
      );
      reader.render(document, index, describe, sources);
      shown = { id: sourceId, index, model };
      data.update({ evidence: index });
      mark(true);
    } catch (error) {
      if (ticket !== request) return;
      reader.showMessage('The article could not be loaded.');
      ctx.fail(error, () => void open());
    }
  };

  view.subscribe((state, previous) => {
    if (state.sourceId !== previous.sourceId) void open();
    else if (!sameValue(state.selection, previous.selection)) mark(true);
    else if (state.panel === 'reader' && previous.panel !== 'reader') {
      if (data.get().pendingQuoteId) mark(true);
      else reader.step(0);
    }
  });
  data.subscribe((state, previous) => {
    if (state.status === 'ready' && (previous.status !== 'ready' || state.model !== previous.model))
      void open();
    if (state.hover !== previous.hover) {
      const { hover } = state;
      // Only the graph's hover lights up quotes here; the reader's own hover is its own.
      if (hover?.from === 'reader') return;
      reader.hoverLinked(hover?.from === 'graph' && shown ? statementsFor(shown.index, hover.ids) : []);
    }
  });
}
