import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import { armorRejections } from './use-error-codes.js';

// Static limits checked before anything runs: a query over any of them is refused whole with
// a 400, code QUERY_TOO_COMPLEX and a message naming the limit. Cost, which must count list
// fan-out, is use-cost.ts's job. Introspection (GraphiQL, codegen) is exempt.
export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
} as const;

export function useArmor(options: { dev: boolean }): Plugin {
  const onReject = [
    (_context: unknown, error: Parameters<typeof armorRejections.add>[0]) => armorRejections.add(error),
  ];
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, onReject },
    costLimit: { enabled: false },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, onReject },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, onReject },
    maxTokens: { n: ARMOR_LIMITS.maxTokens, onReject },
    // "Did you mean…?" helps while developing; in production it would map the schema for others.
    blockFieldSuggestion: { enabled: !options.dev },
  }) as Plugin;
}
