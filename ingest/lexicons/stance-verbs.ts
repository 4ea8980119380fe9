// Verbs that report a position, with the stance (graph/model/claim-stances.ts) each expresses.
// Curated by us after CAMEO's verbal categories (01 statements, 10 demands, 11 disapprove,
// 12 reject) in plain English; matched on lower-cased text, longest phrases first.
import type { ClaimStance } from '../../graph/model/claim-stances.js';

export const STANCE_VERBS: readonly { pattern: RegExp; stance: ClaimStance }[] = [
  {
    pattern:
      /\b(?:called for|calls for|call for|called on|calls on|press(?:es|ed)? for|appeal(?:ed|s)? (?:to|for)|urg(?:ed|es|e|ing)|propos(?:ed|es|e)|ask(?:ed|s))\b/g,
    stance: 'URGES',
  },
  { pattern: /\b(?:demand(?:ed|s|ing)?|insist(?:ed|s)? on)\b/g, stance: 'DEMANDS' },
  { pattern: /\b(?:reject(?:ed|s)?|den(?:ied|ies|y)|dismiss(?:ed|es)|refus(?:ed|es))\b/g, stance: 'REJECTS' },
  {
    pattern:
      /\b(?:condemn(?:ed|s)?|welcomed|prais(?:ed|es)|critici[sz](?:ed|es)|describ(?:ed|es)|called (?!for|on)|not(?:e|ed|es)|argu(?:e|ed|es)|emphasi[sz](?:ed|es))\b/g,
    stance: 'ASSESSES',
  },
  {
    pattern:
      /\b(?:said|says|told|stated|announced|added|claimed|confirmed|warned|wrote|blamed|accused|uphold(?:ing|s)?)\b/g,
    stance: 'ASSERTS',
  },
];

/** A reported "must"/"should" turns a statement into a demand. */
export const MODAL_DEMAND = /\b(?:must|should|has to|have to)\b/;
