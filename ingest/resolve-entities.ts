// Stage 4: resolves each mention cluster against the entities the graph holds. Candidates come
// from exact names and aliases first, then fuzzy names, with the label and kind agreeing; each
// gets a score and a reason. Above LINK_AT the cluster links, below NEW_BELOW it is a new entity,
// in between (or when two candidates are close) it is ambiguous and a reviewer decides.
import { distance } from 'fastest-levenshtein';
import { foldDiacritics } from './lexicons/countries.js';
import type { KnownEntity, MentionCluster, Resolution, ResolutionCandidate } from './model.js';

export const RESOLUTION_THRESHOLDS = { linkAt: 0.9, newBelow: 0.6, minMargin: 0.05 } as const;

export function resolveCluster(
  cluster: MentionCluster,
  known: readonly KnownEntity[],
  documentText: string,
): Resolution {
  const forms = new Set(
    [cluster.name, ...cluster.mentions.map((m) => m.text), ...cluster.mentions.map((m) => m.canonical)].map(
      normalise,
    ),
  );
  const graphHits = new Set(cluster.mentions.flatMap((m) => m.graphIds));
  const candidates: ResolutionCandidate[] = [];
  for (const entity of known) {
    if (entity.label !== cluster.label) continue;
    const names = [entity.name, ...entity.aliases].map(normalise);
    let score: number;
    let why: string;
    if (graphHits.has(entity.id) || names.some((n) => forms.has(n))) {
      score = 1;
      why = 'exact name or alias';
    } else {
      score = Math.max(...names.flatMap((n) => [...forms].map((f) => similarity(n, f))));
      why = 'similar name';
    }
    if (score < 0.5) continue;
    if (!kindsAgree(cluster.kind, entity.kind)) {
      score *= 0.8;
      why += `, kind ${cluster.kind} ≠ ${entity.kind}`;
    }
    const otherNamesInText = entity.aliases.filter((a) => documentText.includes(a)).length;
    if (otherNamesInText > 0 && score < 1) {
      score = Math.min(1, score + 0.05);
      why += ', another of its names is in the text';
    }
    candidates.push({ id: entity.id, name: entity.name, score: round(score), why });
  }
  candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const top = candidates.slice(0, 3);
  const [first, second] = top;
  if (!first || first.score < RESOLUTION_THRESHOLDS.newBelow)
    return { decision: 'new', entityId: null, candidates: top };
  const clear = !second || first.score - second.score >= RESOLUTION_THRESHOLDS.minMargin;
  if (first.score >= RESOLUTION_THRESHOLDS.linkAt && clear)
    return { decision: 'link', entityId: first.id, candidates: top };
  return { decision: 'ambiguous', entityId: null, candidates: top };
}

function normalise(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']s$/, '')
    .trim();
}

/** 1 for equal strings, falling with the edit distance; short strings must match closely. */
function similarity(a: string, b: string): number {
  if (a.length < 4 || b.length < 4) return a === b ? 1 : 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

const STATE_LIKE = new Set(['state', 'government', 'country']);

function kindsAgree(mentionKind: string, entityKind: string): boolean {
  if (mentionKind === entityKind) return true;
  if (STATE_LIKE.has(mentionKind) && STATE_LIKE.has(entityKind)) return true;
  // A place's kind is a guess from its context ("in X" is a city or a country alike).
  return mentionKind === 'city' || mentionKind === 'area';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
