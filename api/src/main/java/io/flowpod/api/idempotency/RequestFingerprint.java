package io.flowpod.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.flowpod.domain.platform.Sha256;
import java.io.IOException;

/**
 * SHA-256 of a request body, so a repeated key can be told apart from a reused one. JSON is
 * canonicalised first (keys sorted, whitespace dropped): a client that re-serialises the same request
 * is still recognised.
 */
final class RequestFingerprint {

  private final ObjectMapper canonical;

  RequestFingerprint(ObjectMapper json) {
    this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }

  String of(byte[] body) {
    byte[] bytes = body;
    if (body.length > 0) {
      try {
        bytes = canonical.writeValueAsBytes(canonical.readValue(body, Object.class));
      } catch (IOException notJson) {
        bytes = body;
      }
    }
    return Sha256.hex(bytes);
  }
}
