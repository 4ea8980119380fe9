import type { FieldNode, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

// In production the schema is documented (api/schema.graphql, docs/api.md) rather than served:
// introspection maps every field for a stranger. `__typename` still works. (graphql's own
// NoSchemaIntrospectionCustomRule checks types by instanceof, which fails when tests load two
// copies of graphql-js; the field names are all it needs.)
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export function useNoIntrospection(): Plugin {
  const rule = (context: ValidationContext) => ({
    Field(node: FieldNode) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return;
      context.reportError(
        createGraphQLError(
          `Introspection (${node.name.value}) is off in production. The schema is published as api/schema.graphql.`,
          { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        ),
      );
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
