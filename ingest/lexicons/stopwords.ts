// Capitalised words that are not names. Curated by us.
// Function words and numbers are dropped from the start of a capitalised run ("The Russian …").
export const LEADING_NON_NAMES = new Set(
  (
    'The A An In On At By For From To Of And But Or If As It Its Is Was He She They We I His Her Their ' +
    'This That These Those There Here Then When While After Before Hours Overnight Meanwhile However ' +
    'Nevertheless Although Such Some Each Both Many Most Several Two Three Four Five Six Seven Eight ' +
    'Nine Ten First Second Third Last Next Only Ultimately Numerous Under Over Since Until With Without ' +
    'About Also Even Still Yet Nor So Former'
  ).split(' '),
);

// A run made only of these (days, months, holidays, compass words) names nothing we track.
export const NOT_NAMES = new Set(
  (
    'The A An In On At By For From To Of And But Or If As It Its It’s Is Was He She They We I His Her Their ' +
    'This That These Those There Here Then When While After Before Hours Overnight Meanwhile However ' +
    'Nevertheless Although Such Some Each Both Many Most Several Two Three Four Five Six Seven Eight ' +
    'Nine Ten First Second Third Last Next Only Ultimately Numerous Global Families Analysts Negotiators ' +
    'Fighting Kyiv’s Under Over Since Until With Without About Also Even Still Yet Nor So ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December Palm Easter Christmas Independence Day War Cold ' +
    'East West North South Ministry'
  ).split(' '),
);
