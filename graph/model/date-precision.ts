// How precisely an event's time is known. `earliest`/`latest` always hold the honest bounds;
// precision says how to read them ("month" = somewhere in that month, not its first day).
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate', 'relative', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
