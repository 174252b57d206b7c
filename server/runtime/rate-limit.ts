/** A token bucket per caller: `perSecond` refill, bursts up to 4×. Memory is bounded by pruning idle keys. */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private prunedAt = 0;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const t = this.now();
    const burst = this.perSecond * 4;
    const b = this.buckets.get(key) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    // Pruning walks every bucket: at most once a second, or a crowd of callers makes each request O(n).
    if (this.buckets.size > 100_000 && t - this.prunedAt > 1000) this.prune(t);
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private prune(t: number) {
    this.prunedAt = t;
    for (const [k, b] of this.buckets) if (t - b.at > 60_000) this.buckets.delete(k);
  }
}
