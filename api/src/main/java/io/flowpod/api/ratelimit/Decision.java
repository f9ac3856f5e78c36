package io.flowpod.api.ratelimit;

/**
 * The outcome of asking a bucket for a token.
 *
 * @param allowed           whether the request may proceed
 * @param limit             the bucket's capacity
 * @param remaining         tokens left after this request
 * @param resetSeconds      seconds until the bucket is full again
 * @param retryAfterSeconds seconds until the next token, when not allowed
 * @param unavailable       the shared store is down and this policy fails closed
 */
public record Decision(boolean allowed, long limit, long remaining, long resetSeconds,
    long retryAfterSeconds, boolean unavailable) {

  static Decision unavailable(long retryAfterSeconds) {
    return new Decision(false, 0, 0, retryAfterSeconds, retryAfterSeconds, true);
  }

  /** Of two decisions that both apply, the one to show: a refusal, else fewer tokens left. */
  Decision tighter(Decision other) {
    if (other == null) {
      return this;
    }
    if (unavailable != other.unavailable) {
      return unavailable ? this : other;
    }
    if (allowed != other.allowed) {
      return allowed ? other : this;
    }
    return remaining <= other.remaining ? this : other;
  }
}
