// Writes per token: a token bucket that holds `perMinute` writes and refills continuously, so a
// burst up to the limit passes and a steady stream is held to the rate. In memory: the limit
// protects one app process from a runaway script, it is not an accounting system.
export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one write for this key; returns the ms to wait when there is none left, else 0. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const refilled = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });
      return Math.ceil(((1 - refilled) * 60_000) / this.perMinute);
    }
    this.buckets.set(key, { tokens: refilled - 1, at: now });
    return 0;
  }
}
