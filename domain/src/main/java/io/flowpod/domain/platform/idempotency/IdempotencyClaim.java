package io.flowpod.domain.platform.idempotency;

/** What {@link IdempotencyRecords#claim} found for a key. */
public sealed interface IdempotencyClaim {

  /** The key is new: this request executes and must {@link IdempotencyRecords#complete} it. */
  record Acquired() implements IdempotencyClaim {}

  /** The key was completed before with the same request: answer the stored response. */
  record Replay(IdempotentResponse response) implements IdempotencyClaim {}

  /** The key was used before with a different request body. */
  record KeyReused() implements IdempotencyClaim {}

  /** Another request with this key is still running (it held the key longer than the wait). */
  record InProgress() implements IdempotencyClaim {}
}
