import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

// Static limits checked before anything runs: a query over any of them is refused whole with
// a 400 and a message naming the limit. Introspection (GraphiQL, codegen) is exempt.
export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
} as const;

export function useArmor(options: { dev: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    maxTokens: { n: ARMOR_LIMITS.maxTokens },
    // "Did you mean…?" helps while developing; in production it would map the schema for others.
    blockFieldSuggestion: { enabled: !options.dev },
  }) as Plugin;
}
