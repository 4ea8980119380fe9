import { findOccurrences, locateQuote } from './locate-quote.js';
import type { SeedSourceFiles } from './read-seed-source.js';
import { fieldPath, type ProblemList } from './seed-errors.js';
import type { PlannedStatement, SourceCoverage } from './seed-plan.js';
import type { EvidenceRef } from './seed-schemas.js';
import { lineOfOffset, type Sentence, sentenceAt, splitSentences } from './split-sentences.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

// Turns the quotes of one source into Statements (one per distinct span, shared by every item
// quoting it), and accounts for sentence coverage.

export interface QuoteSite {
  yaml: YamlFile<unknown>;
  /** Path of the evidence list in the YAML file. */
  path: YamlPath;
}

export class EvidenceResolver {
  readonly sourceId: string;
  readonly sentences: Sentence[];
  private readonly byId = new Map<string, PlannedStatement>();
  private readonly noClaimSentences = new Map<number, { site: QuoteSite; index: number }>();

  constructor(
    private readonly files: SeedSourceFiles,
    private readonly problems: ProblemList,
  ) {
    this.sourceId = `source:${files.slug}`;
    this.sentences = splitSentences(files.text);
  }

  /** Statement ids for these quotes; problems are recorded for quotes that cannot be placed. */
  resolve(refs: readonly EvidenceRef[], site: QuoteSite): string[] {
    const ids: string[] = [];
    refs.forEach((ref, index) => {
      const statement = this.place(ref, { ...site, path: [...site.path, index] }, 'evidence', null);
      if (statement && !ids.includes(statement.id)) ids.push(statement.id);
    });
    return ids;
  }

  /** A sentence the curator read and found to carry no item; it must be a whole sentence. */
  addNoClaim(sentence: string, reason: string, site: QuoteSite): void {
    const statement = this.place(sentence, site, 'no-claim', reason);
    if (!statement) return;
    const whole = this.sentences[statement.props.sentence as number];
    if (!whole || whole.start !== statement.props.start || whole.end !== statement.props.end) {
      this.report(site, 'QUOTE_SPANS_SENTENCES', 'a no-claim entry must quote one whole sentence', {
        hint: `Quote the complete sentence: "${whole?.text ?? sentence}".`,
      });
      return;
    }
    this.noClaimSentences.set(whole.index, { site, index: whole.index });
  }

  statements(): PlannedStatement[] {
    return [...this.byId.values()].sort((a, b) => (a.props.start as number) - (b.props.start as number));
  }

  /** Checks no-claim entries against evidence and reports uncovered sentences. */
  coverage(): SourceCoverage {
    const evidenced = new Set<number>();
    for (const s of this.byId.values())
      if (s.props.role === 'evidence') evidenced.add(s.props.sentence as number);
    for (const [index, { site }] of this.noClaimSentences) {
      if (evidenced.has(index)) {
        this.report(
          site,
          'NO_CLAIM_CONFLICT',
          `sentence ${index} is listed as carrying no item but is quoted as evidence`,
          {
            hint: 'Remove it from noClaim, or remove the evidence quotes that use it.',
          },
        );
      }
    }
    let covered = 0;
    for (const sentence of this.sentences) {
      if (evidenced.has(sentence.index) || this.noClaimSentences.has(sentence.index)) {
        covered++;
        continue;
      }
      this.problems.add({
        code: 'UNCOVERED_SENTENCE',
        file: this.files.files.article,
        line: lineOfOffset(this.files.text, sentence.start),
        field: `sentence ${sentence.index}`,
        message: `no item quotes this sentence and it is not listed under noClaim: "${sentence.text}"`,
        hint: `Quote it as evidence of an item in ${this.files.files.statements}, or add it to noClaim with a reason.`,
      });
    }
    const noClaim = [...this.noClaimSentences.keys()].filter((i) => !evidenced.has(i)).length;
    return { sourceId: this.sourceId, sentences: this.sentences.length, covered, noClaim };
  }

  private place(
    ref: EvidenceRef,
    site: QuoteSite,
    role: 'evidence' | 'no-claim',
    reason: string | null,
  ): PlannedStatement | null {
    const quote = typeof ref === 'string' ? ref : ref.quote;
    const occurrence = typeof ref === 'string' ? undefined : ref.occurrence;
    const found = locateQuote(this.files.text, quote, occurrence);
    if (!found.ok) {
      this.reportLocationProblem(found, quote, site);
      return null;
    }
    const first = sentenceAt(this.sentences, found.start);
    const last = sentenceAt(this.sentences, found.end - 1);
    if (!first || !last || first.index !== last.index) {
      this.report(
        site,
        'QUOTE_SPANS_SENTENCES',
        `the quote runs across sentences ${first?.index}–${last?.index}`,
        {
          hint: 'Split it into one quote per sentence, so each Statement belongs to exactly one sentence.',
        },
      );
      return null;
    }
    const id = `statement:${this.files.slug}:${found.start}-${found.end}`;
    const existing = this.byId.get(id);
    if (existing) return existing;
    const statement: PlannedStatement = {
      id,
      sourceId: this.sourceId,
      props: {
        id,
        sourceId: this.sourceId,
        text: quote,
        start: found.start,
        end: found.end,
        paragraph: first.paragraph,
        sentence: first.index,
        role,
        reason,
      },
    };
    this.byId.set(id, statement);
    return statement;
  }

  private reportLocationProblem(
    found: Exclude<ReturnType<typeof locateQuote>, { ok: true }>,
    quote: string,
    site: QuoteSite,
  ) {
    const lines = (offsets: number[]) => offsets.map((o) => lineOfOffset(this.files.text, o)).join(', ');
    const article = this.files.files.article;
    if (found.reason === 'not-found') {
      this.report(site, 'QUOTE_NOT_FOUND', `"${quote}" is not an exact substring of ${article}`, {
        hint: found.nearMatch
          ? `The article has "${found.nearMatch}" (differs in case, spacing, quote marks or dashes); copy it exactly.`
          : `Copy the words exactly from ${article}; evidence may only quote what the source says.`,
      });
      return;
    }
    const count = findOccurrences(this.files.text, quote).length;
    const message =
      found.reason === 'ambiguous'
        ? `"${quote}" occurs ${count} times in ${article} (lines ${lines(found.offsets)})`
        : `occurrence is out of range: "${quote}" occurs only ${count} times in ${article}`;
    this.report(site, 'QUOTE_AMBIGUOUS', message, {
      hint: `Write it as { quote: "...", occurrence: n } with n from 1 to ${count}, or quote more words so it is unique.`,
    });
  }

  private report(
    site: QuoteSite,
    code: 'QUOTE_NOT_FOUND' | 'QUOTE_AMBIGUOUS' | 'QUOTE_SPANS_SENTENCES' | 'NO_CLAIM_CONFLICT',
    message: string,
    { hint }: { hint: string },
  ) {
    this.problems.add({
      code,
      file: site.yaml.file,
      line: site.yaml.lineOf(site.path),
      field: fieldPath(site.path),
      message,
      hint,
    });
  }
}
