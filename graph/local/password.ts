import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';

// A fresh Neo4j has user neo4j/neo4j with an expired password. On first start we replace it
// with a generated one, kept (mode 600) next to the data and never committed (.data/ is ignored).

export async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

// A busy or still-starting server can fail a login for reasons other than the password (a
// timeout, a closed connection): only an authentication error counts as "wrong password", and
// anything else is retried for a while before it is reported as what it is.
const LOGIN_ATTEMPTS = 8;

/** Sets the initial password when the server still has the factory one; no-op otherwise. */
export async function ensureInitialPassword(uri: string, username: string, password: string): Promise<void> {
  let login: LoginResult = 'unreachable';
  for (let attempt = 1; attempt <= LOGIN_ATTEMPTS; attempt++) {
    login = await tryLogIn(uri, username, password);
    if (login !== 'unreachable') break;
    await new Promise((done) => setTimeout(done, Math.min(250 * 2 ** attempt, 5_000)));
  }
  if (login === 'ok') return;
  if (login === 'unreachable') {
    throw new Error(
      `The local Neo4j at ${uri} opened its port but did not answer a login in time (slow or overloaded machine?). Try again.`,
    );
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, 'neo4j'));
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The local Neo4j refused the stored password and the factory one (${detail}). ` +
        'If you deleted the password file, delete the data directory too (or set the old password back).',
    );
  } finally {
    await session.close();
    await driver.close();
  }
}

type LoginResult = 'ok' | 'refused' | 'unreachable';

async function tryLogIn(uri: string, username: string, password: string): Promise<LoginResult> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity();
    // An expired (factory) password logs in but cannot run queries.
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return 'ok';
    } finally {
      await session.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'refused' : 'unreachable';
  } finally {
    await driver.close();
  }
}
