import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_SPECS, ENTITY_LABELS } from '../../graph/model/labels.js';
import { anyEntityId, statementsFile } from '../../graph/seed/seed-schemas.js';

// A kind added to the registry must not be silently unreadable from seed files.
describe('seed file schemas follow the entity-kind registry', () => {
  it('has one statements section per entity kind, named by its plural', () => {
    const sections = Object.keys(statementsFile.shape);
    for (const label of ENTITY_LABELS) expect(sections).toContain(ENTITY_KIND_SPECS[label].plural);
  });

  it('accepts a reference to every kind and rejects an unknown prefix', () => {
    for (const label of ENTITY_LABELS) {
      expect(anyEntityId.safeParse(`${label.toLowerCase()}:some-name`).success).toBe(true);
    }
    expect(anyEntityId.safeParse('thing:some-name').success).toBe(false);
  });
});
