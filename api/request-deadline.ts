// One request's deadline: its `signal` aborts when the client leaves or the time is up. The time
// limit is chosen once the operation is known (use-request-deadline.ts): a query gets the read
// deadline, a mutation the longer write deadline, because an analyst's write is worth waiting for
// and its answer, built after the commit, must not be refused for the read deadline. Both count
// from the request's arrival; the list budget (use-response-limits.ts) reads the same one.
export class RequestDeadline {
  private readonly timeout = new AbortController();
  private readonly startedAt = performance.now();
  readonly signal: AbortSignal;
  /** performance.now() at which the deadline passes (never, until it is started). */
  at = Number.POSITIVE_INFINITY;

  constructor(clientGone: AbortSignal) {
    this.signal = AbortSignal.any([clientGone, this.timeout.signal]);
  }

  /** Sets the limit to `ms` from the request's arrival; a second call is ignored. */
  start(ms: number): void {
    if (this.at !== Number.POSITIVE_INFINITY) return;
    this.at = this.startedAt + ms;
    const timer = setTimeout(() => this.timeout.abort(), Math.max(0, this.at - performance.now()));
    timer.unref();
  }
}
