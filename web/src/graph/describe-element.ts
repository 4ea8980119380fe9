import { describeTime } from '../util/dates.js';
import { type GraphModel, relationLabel } from './model.js';
import { KIND_STYLES } from './stylesheet.js';

// Plain words for one node or edge: its full name, what it is, and when (events). The hover
// tooltip, the list view and the status line all say the same thing.

export interface ElementSummary {
  name: string;
  what: string;
  when: string | null;
}

export function describeElement(model: GraphModel, id: string): ElementSummary | null {
  const node = model.nodes.get(id);
  if (node) {
    const time = node.time;
    const when = time
      ? [
          describeTime(time.precision, time.earliest, time.latest),
          time.relativePhrase ? `“${time.relativePhrase}”` : '',
        ]
          .filter(Boolean)
          .join(' — ')
      : null;
    const origin = time?.origin === 'CONTEXT' ? ' · background event' : '';
    return { name: node.label, what: `${KIND_STYLES[node.kind].label} · ${node.type}${origin}`, when };
  }
  const edge = model.edges.get(id);
  if (!edge) return null;
  const end = (nodeId: string) => model.nodes.get(nodeId)?.label ?? nodeId;
  const quotes = edge.evidenceIds.length;
  return {
    name: `${end(edge.source)} ${relationLabel(edge.type)} ${end(edge.target)}`,
    what: `Relationship · ${edge.type}${edge.role ? ` (${edge.role})` : ''} · ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`,
    when: null,
  };
}
