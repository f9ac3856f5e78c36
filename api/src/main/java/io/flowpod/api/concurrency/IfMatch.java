package io.flowpod.api.concurrency;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code If-Match} precondition of a change. Declare it as a handler parameter of a PUT, PATCH or
 * DELETE on a versioned resource and the header becomes required: without it the request is answered
 * 428 (so no client can overwrite a change it never saw); then call {@link #verify} with the version
 * just loaded, which answers 412 when none of the tags matches. A lost race after the check surfaces
 * as {@code OptimisticLockingFailureException} and is answered 409.
 *
 * @param any      {@code If-Match: *}, which matches any current version
 * @param versions the versions named by the header's entity tags
 */
public record IfMatch(boolean any, Set<Long> versions) {

  public static final String HEADER = "If-Match";

  public IfMatch {
    versions = Set.copyOf(versions);
  }

  /** Parses a header value: {@code *} or a comma-separated list of entity tags. */
  public static IfMatch parse(String header) {
    if (header == null || header.isBlank()) {
      throw ApiProblem.of(ProblemType.PRECONDITION_REQUIRED,
          "This change requires an If-Match header with the ETag you last read.");
    }
    if ("*".equals(header.strip())) {
      return new IfMatch(true, Set.of());
    }
    List<Long> versions = new ArrayList<>();
    for (String tag : header.split(",")) {
      ETags.version(tag).ifPresent(versions::add);
    }
    return new IfMatch(false, versions.stream().collect(Collectors.toSet()));
  }

  /** Throws 412 unless {@code currentVersion} is one the client named. */
  public void verify(long currentVersion) {
    if (!any && !versions.contains(currentVersion)) {
      throw ApiProblem.of(ProblemType.PRECONDITION_FAILED,
          "The resource has changed since you read it; reload it and try again.");
    }
  }
}
