package io.flowpod.domain.platform.idempotency;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The first answer to an idempotent request, replayed for every repeat of its key.
 *
 * @param status  the HTTP status code
 * @param headers the few headers a replay must carry (e.g. Content-Type, Location, ETag)
 * @param body    the response body, possibly empty
 */
public record IdempotentResponse(int status, Map<String, String> headers, byte[] body) {

  public IdempotentResponse {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdempotentResponse that && status == that.status
        && headers.equals(that.headers) && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "IdempotentResponse[status=" + status + ", headers=" + headers.keySet()
        + ", body=" + body.length + " bytes]";
  }
}
