import type { ReviewItemRow } from '../../graph/queries/list-source-proposals.js';
import type { ResolutionCandidate } from '../../ingest/model.js';
import type { Proposal } from '../../ingest/proposals.js';

// Why an item was proposed (rule, confidence) and who else a mention could be (candidates) are
// not stored with the item: they are what the pipeline says about the source now. This pairs
// the pipeline's proposals with the stored items by what both keep: the label (or relationship
// type) and where the quote starts, preferring the same name when several start there.
export interface ReviewAnnotation {
  rule: string;
  confidence: number;
  /** Existing entities the mention may be, best first (entities only; never the item itself). */
  candidates: ResolutionCandidate[];
}

function labelOf(p: Proposal): string {
  if (p.kind === 'entity') return p.label;
  if (p.kind === 'event') return 'Event';
  if (p.kind === 'claim') return 'Claim';
  return p.type;
}

function nameOf(p: Proposal): string | null {
  return p.kind === 'relationship' ? null : p.name;
}

export function annotateItems(
  items: readonly ReviewItemRow[],
  proposals: readonly Proposal[],
): Map<string, ReviewAnnotation> {
  const byPlace = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const key = `${labelOf(p)}@${p.quote.start}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  const annotations = new Map<string, ReviewAnnotation>();
  for (const item of items) {
    const found = item.quotes.flatMap((q) => byPlace.get(`${item.label}@${q.start}`) ?? []);
    const proposal = found.find((p) => nameOf(p) === item.name) ?? found[0];
    if (!proposal) continue;
    const candidates =
      proposal.kind === 'entity' ? proposal.resolution.candidates.filter((c) => c.id !== item.id) : [];
    annotations.set(item.id, { rule: proposal.rule, confidence: proposal.confidence, candidates });
  }
  return annotations;
}
