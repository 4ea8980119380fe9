// Stage 8: finds claims in reported and direct speech. The holder is the actor named nearest
// before the verb in the same clause (an appositive ", who …," is skipped; "he"/"she" is the
// person named last; "by both sides" holds a passive verb); the stance comes from the verb; the
// addressee is the actor right after an urging or demanding verb. A bare "said" next to a more
// telling verb in the same sentence yields no claim of its own.
import { MODAL_DEMAND, STANCE_VERBS } from './lexicons/stance-verbs.js';
import { bothSides, personBefore } from './link-coreference.js';
import type { FoundClaim, Mention, MentionCluster, Span, TextUnit } from './model.js';

interface Verb extends Span {
  stance: FoundClaim['stance'];
}

export function findClaims(
  text: string,
  units: readonly TextUnit[],
  mentions: readonly Mention[],
  keyAt: ReadonlyMap<number, string>,
  clusters: readonly MentionCluster[],
): FoundClaim[] {
  const claims: FoundClaim[] = [];
  for (const unit of units) {
    if (unit.kind !== 'sentence') continue;
    const verbs = findVerbs(unit);
    const telling = verbs.some((v) => v.stance !== 'ASSERTS');
    for (const verb of verbs) {
      if (telling && verb.stance === 'ASSERTS' && /^(?:said|says|told)$/.test(verb.text.toLowerCase()))
        continue;
      const holder = findHolder(text, unit, verb, mentions, keyAt, clusters);
      if (!holder) continue;
      const rest = text.slice(verb.end, unit.end);
      const stance = verb.stance === 'ASSERTS' && MODAL_DEMAND.test(rest) ? 'DEMANDS' : verb.stance;
      const quoteStart = Math.min(holder.start, verb.start);
      claims.push({
        key: `new:claim:${claims.length + 1}`,
        stance,
        holderKey: holder.key,
        addressedTo:
          stance === 'URGES' || stance === 'DEMANDS'
            ? addressees(text, unit, verb, mentions, keyAt, clusters)
            : [],
        unit: unit.index,
        verb,
        quote: { start: quoteStart, end: unit.end, text: text.slice(quoteStart, unit.end) },
        rule: `"${verb.text}" → ${stance}${stance !== verb.stance ? ' (must/should)' : ''}; holder: ${holder.rule}`,
        confidence: holder.rule === 'named before the verb' ? 0.75 : 0.55,
      });
    }
  }
  return claims;
}

function findVerbs(unit: TextUnit): Verb[] {
  const lower = unit.text.toLowerCase();
  const verbs: Verb[] = [];
  for (const { pattern, stance } of STANCE_VERBS) {
    for (const m of lower.matchAll(pattern)) {
      const start = unit.start + m.index;
      const text = m[0].trim();
      if (verbs.some((v) => start < v.end && v.start < start + text.length)) continue;
      verbs.push({
        start,
        end: start + text.length,
        text: unit.text.slice(m.index, m.index + text.length),
        stance,
      });
    }
  }
  return verbs.sort((a, b) => a.start - b.start);
}

interface Holder {
  key: string;
  start: number;
  rule: string;
}

function findHolder(
  text: string,
  unit: TextUnit,
  verb: Verb,
  mentions: readonly Mention[],
  keyAt: ReadonlyMap<number, string>,
  clusters: readonly MentionCluster[],
): Holder | null {
  const before = text.slice(unit.start, verb.start);
  // ", who … ," and ", which … ," are set aside: their names do not speak.
  const appositives = [...before.matchAll(/,\s+(?:who|which)\b[^,]*,/g)].map((m) => ({
    start: unit.start + m.index,
    end: unit.start + m.index + m[0].length,
  }));
  const inAppositive = (at: number) => appositives.some((a) => a.start <= at && at < a.end);
  const candidates = mentions.filter(
    (m) => m.unit === unit.index && m.end <= verb.start && m.label === 'Actor' && !inAppositive(m.start),
  );
  const nearest = candidates.at(-1);
  if (nearest) {
    let between = text.slice(nearest.end, verb.start);
    for (const a of appositives)
      if (a.start >= nearest.end) between = between.replace(text.slice(a.start, a.end), ' ');
    if (!/[,;:]/.test(between) || /^,\s*$/.test(between)) {
      const key = keyAt.get(nearest.start);
      if (key) return { key, start: nearest.start, rule: 'named before the verb' };
    }
  }
  const clause = before.split(/[,;:]/).at(-1) ?? '';
  const pronoun = /\b(?:he|she)\b/i.exec(clause);
  if (pronoun) {
    const key = personBefore(verb.start, clusters);
    if (key) return { key, start: verb.start, rule: '"he"/"she" as the person named last' };
  }
  const passive = /^\s+by\s+(both sides|the two sides|both countries|both governments)/.exec(
    text.slice(verb.end, unit.end),
  );
  const sides = passive?.[1] ? bothSides(passive[1], clusters) : [];
  if (sides[0]) return { key: sides[0], start: verb.start, rule: '"by both sides" (first of the two)' };
  return null;
}

function addressees(
  text: string,
  unit: TextUnit,
  verb: Verb,
  mentions: readonly Mention[],
  keyAt: ReadonlyMap<number, string>,
  clusters: readonly MentionCluster[],
): string[] {
  const after = text.slice(verb.end, Math.min(unit.end, verb.end + 40));
  const sides = bothSides(/^\s+(?:on\s+)?((?:both|the two) \w+|each side)/.exec(after)?.[1] ?? '', clusters);
  if (sides.length > 0) return sides;
  const next = mentions.find((m) => m.unit === unit.index && m.start >= verb.end && m.label === 'Actor');
  if (!next || next.start > verb.end + 40) return [];
  const gap = text.slice(verb.end, next.start);
  if (!/^\s+(?:on\s+|that\s+|in its \w+ that\s+)?(?:the\s+)?$/.test(gap)) return [];
  const key = keyAt.get(next.start);
  return key ? [key] : [];
}
