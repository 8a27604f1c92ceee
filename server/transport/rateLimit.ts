/**
 * A token bucket per connection (CONTRACT "Rate"): a burst of `capacity` commands, refilled
 * at `perSecond`. Past that, commands are answered `rate_limited` and the connection stays.
 * Kept rather than rate-limiter-flexible: the limit is per live connection and dies with it, so
 * there is nothing to store, share between processes or expire; the library's memory limiter
 * is keyed, promise-based and has its own clock, all of which this fifteen-line class avoids
 * (a synchronous check per message, a clock tests can drive).
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity = 100,
    private readonly perSecond = 20,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.updatedAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
