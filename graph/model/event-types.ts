// Our small event-type vocabulary (stored as Event.kind), each with its crosswalk to the codings
// analysts join against. Sources checked: PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL.tex
// and CAMEO2PLOVER-2021.txt) and the ACLED codebook's event / sub-event type definitions.
// `null` means the standard has no fitting code; `why` says so instead of forcing one.

export interface EventTypeCrosswalk {
  label: string;
  doc: string;
  /** PLOVER event category, with its mode where PLOVER defines one. */
  plover: { type: string; mode: string | null } | null;
  /** CAMEO event code and its official label. */
  cameo: { code: string; label: string } | null;
  /** ACLED event type › sub-event type. */
  acled: { eventType: string; subEventType: string } | null;
  /** Why a standard has no code here (only when one of the above is null). */
  why: string | null;
}

export const EVENT_TYPES = {
  'prisoner-exchange': {
    label: 'Prisoner exchange',
    doc: 'Two parties hand over detainees to each other (swap, trade, release in exchange).',
    // PLOVER: "the actual release or exchange of prisoners should be coded as RETREAT".
    plover: { type: 'RETREAT', mode: 'release' },
    cameo: { code: '0841', label: 'Return, release person(s)' },
    acled: { eventType: 'Strategic developments', subEventType: 'Agreement' },
    why: null,
  },
  'peace-talks': {
    label: 'Peace talks',
    doc: 'Negotiations between the conflict parties, possibly hosted or mediated by a third party.',
    // PLOVER CONSULT mode `third-party`: "meeting is hosted by a third party".
    plover: { type: 'CONSULT', mode: 'third-party' },
    cameo: { code: '046', label: 'Engage in negotiation' },
    // ACLED's Agreement sub-event explicitly lists "peace agreements/talks".
    acled: { eventType: 'Strategic developments', subEventType: 'Agreement' },
    why: null,
  },
  agreement: {
    label: 'Agreement',
    doc: 'A formal agreement concluded between parties (e.g. the Black Sea grain agreements).',
    plover: { type: 'SUPPORT', mode: null },
    cameo: { code: '057', label: 'Sign formal agreement' },
    acled: { eventType: 'Strategic developments', subEventType: 'Agreement' },
    why: null,
  },
  'armed-clash': {
    label: 'Fighting',
    doc: 'Armed forces fighting each other (frontline combat, military operations).',
    plover: { type: 'ASSAULT', mode: null },
    cameo: { code: '190', label: 'Use conventional military force' },
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
    why: null,
  },
  'military-invasion': {
    label: 'Invasion',
    doc: 'A state launches a military offensive into another state’s territory.',
    plover: { type: 'ASSAULT', mode: null },
    cameo: { code: '190', label: 'Use conventional military force' },
    acled: null,
    why: 'ACLED codes the single clashes and strikes of an invasion, not the campaign or its start.',
  },
  annexation: {
    label: 'Annexation',
    doc: 'A state formally incorporates territory (treaty, law, ratification).',
    plover: null,
    cameo: null,
    acled: { eventType: 'Strategic developments', subEventType: 'Other' },
    why:
      'PLOVER and CAMEO have no code for a legal incorporation of territory; CAMEO 192 / PLOVER ' +
      'COERCE "Occupy territory" is the military seizure, a different act. ACLED would record it ' +
      'only as a pivotal development under Strategic developments › Other.',
  },
  'armed-conflict': {
    label: 'War',
    doc: 'A whole armed conflict, the frame the other events belong to (PART_OF).',
    plover: null,
    cameo: null,
    acled: null,
    why: 'PLOVER, CAMEO and ACLED code single interactions, never a whole war.',
  },
  // News types added for ingestion (issue 12). Codes from PLOVER's CAMEO2PLOVER-2021.txt and the
  // ACLED codebook's sub-event definitions.
  strike: {
    label: 'Strike',
    doc: 'Missiles, drones, aircraft or artillery hit a place (a strike from a distance).',
    plover: { type: 'ASSAULT', mode: 'heavy-weapons' },
    cameo: { code: '195', label: 'Employ aerial weapons' },
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
    why: null,
  },
  attack: {
    label: 'Attack',
    doc: 'An armed assault on people or places at close range (raid, massacre, killing).',
    plover: { type: 'ASSAULT', mode: null },
    cameo: { code: '180', label: 'Use unconventional violence' },
    acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
    why: null,
  },
  release: {
    label: 'Release',
    doc: 'One party frees prisoners, hostages or detainees (without a simultaneous swap).',
    plover: { type: 'RETREAT', mode: 'release' },
    cameo: { code: '0841', label: 'Return, release person(s)' },
    acled: { eventType: 'Strategic developments', subEventType: 'Other' },
    why: null,
  },
  ceasefire: {
    label: 'Ceasefire',
    doc: 'A truce or ceasefire is declared or takes effect.',
    plover: { type: 'RETREAT', mode: 'ceasefire' },
    cameo: { code: '0871', label: 'Declare truce, ceasefire' },
    // ACLED's Agreement sub-event lists ceasefires among the agreements it records.
    acled: { eventType: 'Strategic developments', subEventType: 'Agreement' },
    why: null,
  },
  arrest: {
    label: 'Arrest or conviction',
    doc: 'A person is arrested, detained, charged or convicted.',
    plover: { type: 'COERCE', mode: 'arrest' },
    cameo: { code: '173', label: 'Arrest, detain, or charge with legal action' },
    acled: { eventType: 'Strategic developments', subEventType: 'Arrests' },
    why: null,
  },
  'territory-seizure': {
    label: 'Seizure of territory',
    doc: 'An armed force takes control of a town or territory.',
    plover: { type: 'COERCE', mode: 'confiscate' },
    cameo: { code: '192', label: 'Occupy territory' },
    acled: { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' },
    why: null,
  },
} as const satisfies Record<string, EventTypeCrosswalk>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** The crosswalk as flat Event node properties (null where a standard has no code). */
export function crosswalkProperties(type: EventType): Record<string, string | null> {
  const entry: EventTypeCrosswalk = EVENT_TYPES[type];
  return {
    ploverType: entry.plover?.type ?? null,
    ploverMode: entry.plover?.mode ?? null,
    cameoCode: entry.cameo?.code ?? null,
    cameoLabel: entry.cameo?.label ?? null,
    acledEventType: entry.acled?.eventType ?? null,
    acledSubEventType: entry.acled?.subEventType ?? null,
  };
}
