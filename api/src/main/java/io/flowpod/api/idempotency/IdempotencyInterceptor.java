package io.flowpod.api.idempotency;

import io.flowpod.api.platform.RequestPaths;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.api.ratelimit.CachedBodyRequest;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.idempotency.IdempotencyClaim;
import io.flowpod.domain.platform.idempotency.IdempotencyRecords;
import io.flowpod.domain.platform.idempotency.IdempotentResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Applies {@link Idempotent}: claims the key in a transaction that the handler's own transactional
 * work joins, then stores the response and commits before {@link IdempotencyFilter} releases it.
 */
class IdempotencyInterceptor implements AsyncHandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyInterceptor.class);
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final String STATE = IdempotencyInterceptor.class.getName() + ".STATE";
  private static final String[] REPLAYED_HEADERS =
      {HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG};

  private final IdempotencyRecords records;
  private final PlatformTransactionManager transactions;
  private final RequestFingerprint fingerprint;
  private final ProblemResponses problems;
  private final Duration retention;
  private final Duration wait;

  IdempotencyInterceptor(IdempotencyRecords records, PlatformTransactionManager transactions,
      RequestFingerprint fingerprint, ProblemResponses problems, Duration retention, Duration wait) {
    this.records = records;
    this.transactions = transactions;
    this.fingerprint = fingerprint;
    this.problems = problems;
    this.retention = retention;
    this.wait = wait;
  }

  private record State(TransactionStatus transaction, String scope, String key) {}

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    String key = request.getHeader(Idempotent.HEADER);
    if (key == null || !(handler instanceof HandlerMethod method)
        || !method.hasMethodAnnotation(Idempotent.class)) {
      return true;
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiProblem.invalid(Idempotent.HEADER, "must be 1 to 255 visible ASCII characters");
    }
    CachedBodyRequest body = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
    if (body == null || TenantContext.current().isEmpty()) {
      // Keys are stored per tenant: the tenant must be known before the handler runs.
      throw new IllegalStateException("@Idempotent " + method.getShortLogMessage()
          + " needs IdempotencyFilter and a tenant context before the handler");
    }
    String scope = request.getMethod() + " "
        + RequestPaths.of(request);
    TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
    IdempotencyClaim claim;
    try {
      claim = records.claim(scope, key, fingerprint.of(body.body()), retention, wait);
    } catch (RuntimeException e) {
      transactions.rollback(transaction);
      throw e;
    }
    if (claim instanceof IdempotencyClaim.Acquired) {
      request.setAttribute(STATE, new State(transaction, scope, key));
      return true;
    }
    transactions.rollback(transaction);
    switch (claim) {
      case IdempotencyClaim.Replay replay -> replay(response, replay.response());
      case IdempotencyClaim.KeyReused reused -> throw ApiProblem.of(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was already used with a different request body.");
      default -> throw ApiProblem.retryLater(ProblemType.REQUEST_IN_PROGRESS,
          "A request with this Idempotency-Key is still being processed.", 1);
    }
    return false;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) throws IOException {
    if (!(request.getAttribute(STATE) instanceof State state)) {
      return;
    }
    request.removeAttribute(STATE);
    ContentCachingResponseWrapper held =
        WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
    int status = response.getStatus();
    if (ex != null || held == null || status < 200 || status >= 300) {
      transactions.rollback(state.transaction());
      return;
    }
    try {
      records.complete(state.scope(), state.key(),
          new IdempotentResponse(status, replayedHeaders(held), held.getContentAsByteArray()));
      transactions.commit(state.transaction());
    } catch (RuntimeException failure) {
      if (!state.transaction().isCompleted()) {
        transactions.rollback(state.transaction());
      }
      log.error("Idempotent request could not be committed", failure);
      held.reset();
      ProblemDetail problem = ApiProblem.of(ProblemType.INTERNAL_ERROR,
          "An unexpected error occurred. Quote the request id if you report it.").getBody();
      problems.write(request, held, problem, HttpHeaders.EMPTY);
    }
  }

  @Override
  public void afterConcurrentHandlingStarted(HttpServletRequest request,
      HttpServletResponse response, Object handler) {
    if (request.getAttribute(STATE) instanceof State state) {
      request.removeAttribute(STATE);
      transactions.rollback(state.transaction());
      log.error("@Idempotent handler {} answered asynchronously; its key was not stored", handler);
    }
  }

  private static Map<String, String> replayedHeaders(HttpServletResponse response) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : REPLAYED_HEADERS) {
      String value = HttpHeaders.CONTENT_TYPE.equals(name) ? response.getContentType()
          : response.getHeader(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return headers;
  }

  private static void replay(HttpServletResponse response, IdempotentResponse stored)
      throws IOException {
    response.setStatus(stored.status());
    stored.headers().forEach(response::setHeader);
    response.setHeader(Idempotent.REPLAYED_HEADER, "true");
    response.getOutputStream().write(stored.body());
  }
}
