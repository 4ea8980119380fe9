import { describe, expect, it } from 'vitest';
import type { ClaimProposal, EventProposal, RelationshipProposal } from '../../ingest/proposals.js';
import { runPipeline } from '../../ingest/run-pipeline.js';
import type { SourceDocument } from '../../ingest/source-document.js';

function ingest(text: string, published: string | null = '2025-05-25') {
  const source: SourceDocument = {
    text,
    published,
    title: null,
    outlet: null,
    url: null,
    byline: null,
    format: 'text',
  };
  const { proposals } = runPipeline(source);
  return {
    events: proposals.filter((p): p is EventProposal => p.kind === 'event'),
    claims: proposals.filter((p): p is ClaimProposal => p.kind === 'claim'),
    relationships: proposals.filter((p): p is RelationshipProposal => p.kind === 'relationship'),
  };
}

describe('events', () => {
  // The first test pays for loading compromise and chrono on a busy machine.
  it('dates "the following day" from the event reported before it', { timeout: 30_000 }, () => {
    const { events } = ingest(
      'Russia and Ukraine exchanged 390 prisoners each on Friday. A further 307 prisoners were exchanged the following day.',
    );
    expect(events.map((e) => [e.type, e.time.value])).toEqual([
      ['prisoner-exchange', '2025-05-23'],
      ['prisoner-exchange', '2025-05-24'],
    ]);
  });

  it('does not make an event of what is only agreed, urged or conditional', () => {
    const { events } = ingest(
      'Both sides agreed to exchange prisoners. He urged Moscow to agree to a ceasefire if talks failed.',
    );
    expect(events.map((e) => e.type)).toEqual(['agreement']);
  });

  it('merges a later "the talks" into the talks already named instead of a duplicate', () => {
    const { events } = ingest('Delegations met for talks in Istanbul on Friday. The talks lasted two hours.');
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((m) => m.text)).toContain('talks');
  });

  it('finds mediators and places in the event sentence, never the dateline', () => {
    const { relationships } = ingest(
      'KYIV — Russia and Ukraine swapped 146 prisoners on Sunday in an exchange mediated by the United Arab Emirates in Abu Dhabi.',
    );
    const roles = relationships.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(roles).toContain('new:actor:united-arab-emirates MEDIATED new:event:1');
    expect(roles).toContain('new:event:1 OCCURRED_IN new:place:abu-dhabi');
    expect(roles.some((r) => r.includes('kyiv'))).toBe(false);
  });

  it('keeps an event undated when its sentence gives no date', () => {
    const { events } = ingest('Qatar is hosting separate talks between Kinshasa and the M23.', '2025-06-27');
    expect(events[0]?.time).toMatchObject({ value: null, precision: 'unknown' });
  });
});

describe('claims', () => {
  it('takes the holder from before the verb, skipping an appositive, and the stance from the verb', () => {
    const { claims } = ingest(
      'Friedrich Merz, who is expected to become Germany’s next chancellor, called the attack a war crime.',
    );
    expect(claims.map((c) => [c.holder, c.stance])).toEqual([['new:actor:friedrich-merz', 'ASSESSES']]);
  });

  it('finds whom an urging is addressed to, and "both sides"', () => {
    const { claims } = ingest(
      'Russia and Ukraine met. Hakan Fidan urged both sides to talk. Zelensky urged Moscow to agree.',
    );
    expect(claims.map((c) => [c.stance, c.addressedTo])).toEqual([
      ['URGES', ['new:actor:russia', 'new:actor:ukraine']],
      ['URGES', ['new:actor:russia']],
    ]);
  });

  it('reads a reported "must" as a demand and prefers the telling verb over "said"', () => {
    const { claims } = ingest(
      'A Ukrainian official said Russia had demanded that Ukraine withdraw. Olivier Nduhungirehe said the deal must end support.',
    );
    expect(claims.map((c) => [c.holder, c.stance])).toEqual([
      ['new:actor:russia', 'DEMANDS'],
      ['new:actor:olivier-nduhungirehe', 'DEMANDS'],
    ]);
  });
});
