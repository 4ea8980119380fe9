import { BadUserInputError } from './errors.js';

/**
 * A list argument of enum-like strings (event types, issue kinds) that GraphQL types as `String`
 * because the vocabulary lives in graph/model/. An unknown value would silently match nothing,
 * so it is the client's mistake, answered with the valid values.
 */
export function knownValuesOf(
  values: readonly string[] | null | undefined,
  valid: readonly string[],
  argument: string,
): string[] | null {
  if (!values) return null;
  const unknown = values.filter((value) => !valid.includes(value));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      `"${argument}" has unknown value${unknown.length === 1 ? '' : 's'} ${unknown.map((v) => `"${v}"`).join(', ')}. Valid values: ${valid.join(', ')}.`,
      argument,
    );
  }
  return [...values];
}
