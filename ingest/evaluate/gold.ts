// The hand-labelled truth for one fixture article, with every quote located in the text.
import type { ClaimStance } from '../../graph/model/claim-stances.js';
import type { Span } from '../model.js';

export interface GoldMention extends Span {
  key: string;
  label: 'Actor' | 'Place';
  kind: string;
}

export interface GoldDate extends Span {
  value: string;
  precision: string;
  inferredYear: boolean;
}

export interface GoldEvent {
  id: string;
  type: string;
  quote: Span;
  date: { value: string; precision: string } | null;
  participants: string[];
  hosts: string[];
  mediators: string[];
  places: string[];
  sameAs: string | null;
}

export interface GoldClaim {
  id: string;
  holder: string;
  stance: ClaimStance;
  quote: Span;
  addressedTo: string[];
}

export interface GoldRelationship {
  from: string;
  type: string;
  to: string;
}

export interface GoldArticle {
  name: string;
  text: string;
  published: string | null;
  mentions: GoldMention[];
  events: GoldEvent[];
  dates: GoldDate[];
  notDates: Span[];
  claims: GoldClaim[];
  relationships: GoldRelationship[];
}
