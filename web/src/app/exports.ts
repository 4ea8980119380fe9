import {
  buildExport,
  describeFilters,
  exportFileName,
  type FullExport,
  withEvidence,
} from '../graph/export.js';
import { composePng } from '../graph/png-export.js';
import type { AppContext } from './context.js';
import { download } from './dom.js';
import { ENTITY_KINDS } from './state.js';

// The two exports: a PNG that stands alone (title, filters, legend) and the visible graph as
// JSON with the quotes and dates the server's export carries.

export function createExports(ctx: AppContext): { png(): Promise<void>; json(): Promise<void> } {
  const png = async () => {
    const { view, data } = ctx;
    const nameOf = (id: string) => data.get().model.nodes.get(id)?.label ?? id;
    const source = data.get().sources[0]?.title;
    const title = `Conflict Graph${source ? ` — ${source}` : ''}`;
    const filters = describeFilters(view.get(), ENTITY_KINDS.length, nameOf);
    download(exportFileName('png'), await composePng(ctx.graph.png(), title, filters));
  };
  const json = async () => {
    const onScreen = buildExport(ctx.data.get().model, ctx.data.get().visible, ctx.view.get(), (id) => {
      const node = ctx.graph.cy.getElementById(id);
      return node.nonempty() ? { ...node.position() } : undefined;
    });
    // Quotes and dates come from the server's own export, so both files say the same.
    let exported = onScreen;
    try {
      const response = await fetch('/export/graph.json');
      if (response.ok) exported = withEvidence(onScreen, (await response.json()) as FullExport);
    } catch (error) {
      ctx.fail(error, () => void json());
      return;
    }
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }),
    );
    download(exportFileName('json'), url);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return { png, json };
}
