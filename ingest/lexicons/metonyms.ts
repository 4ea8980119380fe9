// Names of seats of government that news uses for the state itself. Curated by us from common
// wire usage; each maps to an ISO 3166 alpha-2 code of lexicons/countries.ts.
export const METONYMS: Record<string, string> = {
  Kremlin: 'RU',
  'White House': 'US',
  Pentagon: 'US',
  'Downing Street': 'GB',
  'Elysee Palace': 'FR',
  Elysee: 'FR',
};
