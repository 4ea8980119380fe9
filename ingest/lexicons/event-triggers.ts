// Trigger phrases per event type, matched on lower-cased sentence text. Curated by us from wire
// style and the CAMEO/PLOVER/ACLED definitions of graph/model/event-types.ts. `requires`: the
// sentence (or the title) must also contain such a word, so "exchange of views" is no swap.
import type { EventType } from '../../graph/model/event-types.js';

export interface EventTrigger {
  type: EventType;
  pattern: RegExp;
  requires?: RegExp;
}

const PEOPLE =
  /\b(?:prisoners?|captives?|detainees?|pows?|hostages?|people|soldiers|civilians|servicemen|bodies|each side)\b/;
const WEAPONS = /\b(?:missiles?|drones?|rockets?|bombs?|air ?strikes?|artillery|shells?|ballistic)\b/;

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  {
    type: 'prisoner-exchange',
    pattern: /\b(?:prisoner )?(?:swaps?|swapped|exchanges?|exchanged|exchanging|trades?)\b/g,
    requires: PEOPLE,
  },
  {
    type: 'prisoner-exchange',
    pattern: /\b(?:returned|came|brought) home\b/g,
    requires: /\beach side\b|\bboth sides\b/,
  },
  { type: 'release', pattern: /\b(?:released|freed|frees|releases)\b/g, requires: PEOPLE },
  { type: 'peace-talks', pattern: /\b(?:talks|negotiations|discussions)\b/g },
  { type: 'peace-talks', pattern: /\b(?:delegations|negotiators|delegates) met\b|\bthe meeting\b/g },
  { type: 'agreement', pattern: /\b(?:agreed|signed|agreements?|accord|deal|signing)\b/g },
  { type: 'ceasefire', pattern: /\b(?:ceasefire|truce)\b/g },
  {
    type: 'strike',
    pattern: /\b(?:struck|strikes?|hit|shelled|shelling|bombed|bombing)\b/g,
    requires: WEAPONS,
  },
  { type: 'attack', pattern: /\b(?:attacks?|attacked|raid|murder|massacre)\b/g },
  { type: 'arrest', pattern: /\b(?:arrested|detained|convicted|sentenced)\b/g },
  { type: 'territory-seizure', pattern: /\b(?:seized|captured|took control of|overran)\b/g },
  { type: 'armed-clash', pattern: /\b(?:fighting|clashes|battles?|military operations|offensive)\b/g },
  { type: 'military-invasion', pattern: /\b(?:invasion|invaded)\b/g },
  { type: 'annexation', pattern: /\b(?:annexation|annexed)\b/g },
  { type: 'armed-conflict', pattern: /\bthe (?!cold )(?:\w+ )?(?:war|conflict)\b/g },
];

// Words in the few words before a trigger that make it unreal: proposed, demanded, conditional,
// future or a purpose ("agreed to exchange", "urged … to reach a ceasefire", "if … refused").
export const IRREALIS_BEFORE =
  /\b(?:to|would|will|could|should|must|might|proposed|propose|urged?|calls? for|called for|demand(?:ed|s|ing)?|ready|plans?|expected|future|if|aimed at|ending|end|calls? for|a full|resume)\s+(?:[\w,-]+\s+){0,2}$/;

// "the talks", "this swap": a reference back to an event already named.
export const DEFINITE_BEFORE = /\b(?:the|this|that|these|its)\s+(?:[\w-]+\s+){0,1}$/;
