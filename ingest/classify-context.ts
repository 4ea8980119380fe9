// Reads the few words before a name to tell a place ("in Istanbul", "struck Kyiv") from an
// actor ("Moscow said", "urged Moscow"). Pure string tests, no parsing.
const LOCATIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:in|at|from|inside|into|near|across|outside|toward|towards|around|via|through|within|throughout|city of|centre of|center of|capital,?|(?:attacks?|strikes?|assault|raids?) on|(?:struck|hit|shelled|bombed|seized|captured|attacked|entered|visited|overran|(?:moved|returned|travell?ed|flew|went|came|back)(?: on)? to))\s+)` +
    String.raw`(?:the\s+)?(?:(?:north|south)?(?:east|west)ern\s+|(?:northern|southern|central|occupied)\s+)?(?:\p{L}+\s+city of\s+)?$`,
  'iu',
);

/** True when the text just before a name places something there. */
export function isLocativeContext(before: string): boolean {
  return LOCATIVE_BEFORE.test(before.slice(-60));
}

/** True when only a list separator stands between two names ("Doha and Cairo", "Poland, Norway"). */
export function isListSeparator(between: string): boolean {
  return /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(between);
}
