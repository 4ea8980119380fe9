// Countries, their capitals and demonyms, from the maintained `world-countries` dataset
// (mledoze/countries, ODbL). We add only English exonyms the dataset lacks, each noted here.
import type { Country } from 'world-countries';
import countriesModule from 'world-countries';

// The package is CommonJS: Node hands us the array, its typings describe a namespace.
const countries: Country[] = Array.isArray(countriesModule)
  ? countriesModule
  : (countriesModule as unknown as { default: Country[] }).default;

export interface CountryNames {
  code: string;
  /** The dataset's common English name, used as the canonical name of a new entity. */
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

// English names the dataset does not list (its common name for TR is "Türkiye").
const EXTRA_NAMES: Record<string, string[]> = {
  TR: ['Turkey'],
  US: ['America', 'U.S.'],
  GB: ['Britain', 'U.K.'],
  CD: ['Democratic Republic of Congo'],
};

// Two-letter codes in altSpellings are only names where people write them that way.
const CODES_USED_AS_NAMES = new Set(['US', 'UK', 'UAE', 'USA', 'DRC']);

export const COUNTRIES: CountryNames[] = countries.map((c) => {
  const alt = c.altSpellings.filter((s) => s.length > 3 || CODES_USED_AS_NAMES.has(s));
  const names = [c.name.common, c.name.official, ...alt, ...(EXTRA_NAMES[c.cca2] ?? [])]
    .filter((s) => !s.includes(','))
    .flatMap(withFoldedVariant);
  const demonyms = [c.demonyms.eng?.m, c.demonyms.eng?.f].filter((s): s is string => Boolean(s));
  const capitals = c.capital.map((s) => s.replace(/,?\s*D\.C\.$/, ''));
  return {
    code: c.cca2,
    name: c.name.common,
    names: [...new Set(names)],
    demonyms: [...new Set(demonyms)],
    capitals,
  };
});

/** "Türkiye" is also written "Turkiye": match both. */
export function foldDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

function withFoldedVariant(name: string): string[] {
  const folded = foldDiacritics(name);
  return folded === name ? [name] : [name, folded];
}
