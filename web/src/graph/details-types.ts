import type { Quote } from '../api/get-entity.js';
import type { EdgeRecord, NodeRecord } from './model.js';

// The shapes the details panel and its sections share (a file of their own, so neither imports
// the other).

export interface DetailsEvents {
  onSelect(id: string, additive?: boolean): void;
  onExpand(id: string): void;
  onShowQuote(quote: Quote): void;
  onFindPaths(from: string, to: string): void;
}

export interface Relationship {
  edge: EdgeRecord;
  other: NodeRecord;
  outgoing: boolean;
}
