import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { calendarDateProblem, isCalendarDate } from '../graph/time/calendar-date.js';
import type { ApiContext } from './context.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

// Only configures the builder: context, scalars, plugins. Types live in schema/<type>.ts.
export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    // Loaded records are branded by their loader, so Node/Entity resolve without guessing.
    brandLoadedObjects: true,
  },
});

builder.queryType({ description: 'Read-only access to the evidence-backed conflict graph.' });

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (inclusive bound when used as one).',
  serialize: (value) => String(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Plain JSON, e.g. Cytoscape `data` objects.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => literalToJson(node),
});

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError(`Date: ${calendarDateProblem(value)}. Send a day such as "2025-06-01".`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

function literalToJson(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value)]));
    default:
      return null;
  }
}
