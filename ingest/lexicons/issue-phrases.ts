// What conflict reporting argues about: phrases that name an issue (graph label Issue) or an
// unnamed area (Place), each with the name a new entity gets. Curated by us from the issue kinds
// of graph/model/issue-kinds.ts and common wire phrasing; extend by adding a line.
import type { MentionKind, MentionLabel } from '../model.js';

export interface PhraseMention {
  pattern: RegExp;
  label: MentionLabel;
  kind: MentionKind;
  name: string;
}

const issue = (pattern: RegExp, name: string): PhraseMention => ({
  pattern,
  label: 'Issue',
  kind: 'issue',
  name,
});
const area = (pattern: RegExp, kind: MentionKind, name: string): PhraseMention => ({
  pattern,
  label: 'Place',
  kind,
  name,
});

export const PHRASE_MENTIONS: readonly PhraseMention[] = [
  issue(/\bprisoner (?:exchanges|swaps)\b|\bexchanges? of prisoners\b/gi, 'Prisoner exchanges'),
  issue(
    /\bterritorial (?:sovereignty|disagreements|integrity|disputes?)\b|\breturn of occupied territories\b/gi,
    'Territorial sovereignty',
  ),
  issue(/\bceasefire pacts\b|\bcessation of hostilities\b|\breduction in hostilities\b/gi, 'Ceasefire'),
  issue(/\bhumanitarian corridors?\b/gi, 'Humanitarian corridors'),
  issue(/\bmissing (?:persons|people|loved ones)\b|\bthose unaccounted for\b/gi, 'Missing persons'),
  issue(/\bgrain (?:shipments|exports)\b/gi, 'Grain shipments'),
  issue(
    /\b(?:negotiated|peace) (?:settlement|resolution)\b|\bpeaceful resolution\b/gi,
    'Negotiated peace settlement',
  ),
  issue(
    /\bimpartial (?:negotiators|mediators)\b|\bthird-party mediation\b/gi,
    'Impartial third-party mediation',
  ),
  issue(/\b(?:tougher |new |economic )?sanctions\b/gi, 'Sanctions'),
  area(/\b(?:occupied|annexed) territories\b/gi, 'territory', 'Occupied territories'),
  area(/\bregions of (?:eastern|southern|northern|western) [A-Z]\w+/g, 'region', ''),
  area(/\b(?:multiple |the )?front ?lines?\b|\bcontested areas\b/gi, 'area', 'Frontlines'),
];
