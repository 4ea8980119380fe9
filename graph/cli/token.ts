// `npm run token`: API tokens for writes (and for reads when REQUIRE_TOKEN_FOR_READS=true).
//   npm run token -- create --name alice --role editor   prints the token once
//   npm run token -- list                                names, roles, dates (never secrets)
//   npm run token -- revoke --name alice                 (or --id token:…)
// Connects like `npm run seed`: NEO4J_URI when set, otherwise the local Neo4j.
import { parseArgs } from 'node:util';
import {
  createToken,
  listTokens,
  revokeToken,
  TOKEN_ROLES,
  type TokenRole,
} from '../../api/auth/token-store.js';
import { readGraphConfig } from '../config.js';
import { applyMigrations } from '../schema/apply-migrations.js';
import { openSeedTarget } from '../seed/open-seed-target.js';
import { onShutdownSignal } from '../shutdown-signals.js';
import { runCli } from './run-cli.js';

await runCli(async (log) => {
  const { values, positionals } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      id: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const command = positionals[0];
  if (command !== 'create' && command !== 'list' && command !== 'revoke') {
    throw new Error(
      'Usage: npm run token -- create --name NAME --role reader|editor|admin | list | revoke --name NAME',
    );
  }
  if (command === 'create' && !TOKEN_ROLES.includes(values.role as TokenRole)) {
    throw new Error(`--role must be one of ${TOKEN_ROLES.join(', ')}, got "${values.role}".`);
  }
  const target = values.id ?? values.name;
  if ((command === 'create' && !values.name) || (command === 'revoke' && !target)) {
    throw new Error(`${command} needs --name${command === 'revoke' ? ' (or --id)' : ''}.`);
  }
  // Logs go to stderr so that `npm run -s token -- create …` prints only the token on stdout.
  // The running app's Neo4j when `npm start` runs (not a second server on its port).
  const graph = await openSeedTarget(readGraphConfig(), (line) => console.error(line));
  onShutdownSignal(graph.stop, log);
  try {
    await applyMigrations(graph.client);
    if (command === 'create') {
      const { id, token } = await createToken(graph.client, values.name as string, values.role as TokenRole);
      console.error(`Created ${values.role} token "${values.name}" (${id}). It is shown once; store it now:`);
      console.log(token);
    } else if (command === 'list') {
      for (const t of await listTokens(graph.client)) {
        log(
          `${t.id}  ${t.name}  ${t.role}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}`,
        );
      }
    } else {
      const revoked = await revokeToken(graph.client, target as string);
      if (revoked.length === 0) throw new Error(`No live token with id or name "${target}".`);
      for (const t of revoked) log(`Revoked ${t.name} (${t.id}).`);
    }
  } finally {
    await graph.stop();
  }
});
