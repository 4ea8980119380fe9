import { foldDiacritics } from './lexicons/countries.js';

/** "Majed al-Ansari" → "majed-al-ansari": the stable part of a new entity's key. */
export function slugify(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
