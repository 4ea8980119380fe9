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

/** Sets the initial password when the server still has the factory one; no-op otherwise. */
export async function ensureInitialPassword(uri: string, username: string, password: string): Promise<void> {
  if (await canLogIn(uri, username, password)) return;
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

async function canLogIn(uri: string, username: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  try {
    await driver.verifyConnectivity();
    // An expired (factory) password logs in but cannot run queries.
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return true;
    } finally {
      await session.close();
    }
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
