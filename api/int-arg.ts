import { BadUserInputError } from './errors.js';

/** An integer argument within [min, max]; an explicit null means the default. */
export function intArg(
  value: number | null | undefined,
  name: string,
  range: { fallback: number; min: number; max: number },
): number {
  const chosen = value ?? range.fallback;
  if (chosen < range.min || chosen > range.max) {
    throw new BadUserInputError(
      `"${name}" must be between ${range.min} and ${range.max}, got ${chosen}.`,
      name,
    );
  }
  return chosen;
}
