package io.flowpod.api.problem;

import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * The problems of authentication and access, the same whether the security filter chain or a
 * controller refuses the request. Details stay generic: they never say why a token failed to validate.
 */
public final class AccessProblems {

  private AccessProblems() {}

  /** 401 with {@code WWW-Authenticate: Bearer} ({@code error="invalid_token"} for a bad token). */
  public static ApiProblem unauthorized(boolean invalidToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.WWW_AUTHENTICATE,
        invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    return new ApiProblem(ProblemType.UNAUTHORIZED, invalidToken
        ? "The access token is invalid or expired"
        : "This endpoint needs a bearer access token", List.of(), headers);
  }

  /** 403: the caller is known, but their role does not admit the operation. */
  public static ApiProblem forbidden() {
    return ApiProblem.of(ProblemType.FORBIDDEN, "Your role does not allow this");
  }

  /** 403: the caller's workspace is suspended by the platform operator. */
  public static ApiProblem workspaceSuspended() {
    return ApiProblem.of(ProblemType.WORKSPACE_SUSPENDED,
        "This workspace is suspended; contact FlowPod support");
  }
}
