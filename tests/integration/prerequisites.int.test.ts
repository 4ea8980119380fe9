import { afterEach, describe, expect, it } from 'vitest';
import { checkPrerequisites, MissingPrerequisiteError } from '../../graph/local/prerequisites.js';

describe('checkPrerequisites', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it('passes on this machine, which has Java 17+ and Maven', async () => {
    await expect(checkPrerequisites()).resolves.toBeUndefined();
  });

  it('says what to install, and the alternatives, when Java and Maven are missing', async () => {
    process.env.PATH = '/nonexistent';
    const failure = checkPrerequisites();
    await expect(failure).rejects.toBeInstanceOf(MissingPrerequisiteError);
    await expect(failure).rejects.toThrow(/Java is not installed.*JDK 17/);
    await expect(failure).rejects.toThrow(/Maven is not installed/);
    await expect(failure).rejects.toThrow(/docker compose up.*NEO4J_URI/s);
  });
});
