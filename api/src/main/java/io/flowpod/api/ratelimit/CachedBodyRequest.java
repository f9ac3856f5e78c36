package io.flowpod.api.ratelimit;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.PayloadTooLargeException;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request whose body was read up front (at most a given size) so a filter can look at it, e.g. to
 * key a limit or fingerprint an idempotent request, and the handler can still read it.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  private CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** Reads the whole body; throws {@link PayloadTooLargeException} beyond {@code maxBytes}. */
  public static CachedBodyRequest read(HttpServletRequest request, long maxBytes) throws IOException {
    if (request instanceof CachedBodyRequest cached) {
      return cached;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        throw new PayloadTooLargeException(maxBytes);
      }
      return new CachedBodyRequest(request, body);
    }
  }

  /**
   * Reads the whole body, or answers 413 and returns empty when it is larger than {@code maxBytes}
   * (for filters, which answer themselves instead of throwing to the controller advice).
   */
  public static Optional<CachedBodyRequest> readOrRefuse(HttpServletRequest request,
      HttpServletResponse response, long maxBytes, ProblemResponses problems) throws IOException {
    try {
      return Optional.of(read(request, maxBytes));
    } catch (PayloadTooLargeException tooLarge) {
      problems.write(request, response, tooLarge(maxBytes));
      return Optional.empty();
    }
  }

  static ApiProblem tooLarge(long maxBytes) {
    return ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + maxBytes + " bytes.");
  }

  public byte[] body() {
    return body.clone();
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        // The body is already in memory; servlet async I/O is not used on these endpoints.
        throw new IllegalStateException("Non-blocking reads are not supported on a buffered body");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
