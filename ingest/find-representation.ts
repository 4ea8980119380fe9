// Stage 9: who acts for which state. A person with a government title ("Turkish Foreign Minister
// Hakan Fidan", "Kremlin spokesman Dmitry Peskov", "…, who is expected to become Germany's next
// chancellor,") represents the state named in that title or appositive; failing that, the one
// state named before the person in the same sentence ("Ukraine's delegation was led by …").
import { PERSON_TITLES } from './lexicons/titles.js';
import type { FoundRelationship, Mention, TextUnit } from './model.js';

const GOVERNING = PERSON_TITLES.filter((t) => t.governs).map((t) => t.title.toLowerCase());

export function findRepresentation(
  text: string,
  units: readonly TextUnit[],
  mentions: readonly Mention[],
  keyAt: ReadonlyMap<number, string>,
): FoundRelationship[] {
  const found: FoundRelationship[] = [];
  for (const person of mentions.filter((m) => m.kind === 'person')) {
    const unit = units[person.unit];
    const personKey = keyAt.get(person.start);
    if (!unit || !personKey) continue;
    const states = mentions.filter(
      (m) => m.unit === person.unit && m.label === 'Actor' && m.kind === 'state',
    );
    const window = text.slice(Math.max(unit.start, person.start - 60), person.start);
    const appositive = /^,\s+(?:who|the)\b[^,]*,/.exec(text.slice(person.end, unit.end))?.[0] ?? '';
    const titled = person.title
      ? GOVERNING.includes(person.title.toLowerCase())
      : GOVERNING.some((t) => window.toLowerCase().includes(t) || appositive.toLowerCase().includes(t));
    if (!titled) continue;
    const inTitle = states.filter(
      (s) =>
        s.end <= person.start &&
        s.start >= person.start - 60 &&
        !/[.;]/.test(text.slice(s.end, person.start)),
    );
    const inAppositive = states.filter(
      (s) => s.start >= person.end && s.end <= person.end + appositive.length,
    );
    const earlier = states.filter((s) => s.end <= person.start);
    const pick =
      inTitle.at(-1) ??
      inAppositive[0] ??
      (new Set(earlier.map((s) => keyAt.get(s.start))).size === 1 ? earlier[0] : undefined);
    const stateKey = pick ? keyAt.get(pick.start) : undefined;
    if (!pick || !stateKey || stateKey === personKey) continue;
    const rule = inTitle.includes(pick)
      ? 'state named in the title'
      : inAppositive.includes(pick)
        ? 'state named in the appositive'
        : 'the one state named before the person';
    const start = Math.min(pick.start, person.start);
    const end = Math.max(pick.end, person.end);
    if (found.some((f) => f.from === personKey && f.to === stateKey)) continue;
    found.push({
      type: 'REPRESENTS',
      from: personKey,
      to: stateKey,
      quote: { start, end, text: text.slice(start, end) },
      rule,
      confidence: rule === 'the one state named before the person' ? 0.55 : 0.75,
    });
  }
  return found;
}
