package io.flowpod.api.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that creates a business object as honouring the {@code Idempotency-Key}
 * request header (optional for the client, at most 255 visible ASCII characters). Per tenant and per
 * method and path, the first successful (2xx) response is stored for 24 hours and replayed for every
 * repeat with {@code Idempotent-Replayed: true}; the same key with a different body is refused with
 * 422; a repeat that arrives while the first is still running waits for it and then replays it (or,
 * after {@code flowpod.api.idempotency.wait}, gets 409 with {@code Retry-After}). A failed request
 * stores nothing, so the client may retry it with the same key.
 *
 * <p>The key, the business change and the stored response commit in one transaction that spans the
 * handler; the method must answer synchronously.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

  String HEADER = "Idempotency-Key";
  String REPLAYED_HEADER = "Idempotent-Replayed";
}
