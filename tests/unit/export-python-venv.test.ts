import { describe, expect, it } from 'vitest';
import { ensureNotebookVenv } from '../support/python-venv.js';

describe('ensureNotebookVenv', () => {
  it('fails with what to install when Python 3 with venv is missing, instead of skipping', async () => {
    await expect(ensureNotebookVenv({ python: 'python3-that-does-not-exist' })).rejects.toThrow(
      /need Python 3 with the venv module \(python3-that-does-not-exist -m venv\).*apt-get install python3 python3-venv/,
    );
  });
});
