package io.flowpod.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

  @Test
  void aBareStatusMapsToItsGeneralTypeNeverToASpecificOne() {
    assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.forStatus(401)).isEqualTo(ProblemType.UNAUTHORIZED);
    assertThat(ProblemType.forStatus(403)).isEqualTo(ProblemType.FORBIDDEN);
    assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
    assertThat(ProblemType.forStatus(410)).isEqualTo(ProblemType.GONE);
    assertThat(ProblemType.forStatus(422)).isEqualTo(ProblemType.UNPROCESSABLE);
    assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL_ERROR);
  }

  @Test
  void specificTypesAnswerTheirGeneralTypesStatus() {
    assertThat(ProblemType.INVALID_CREDENTIALS.status()).isEqualTo(401);
    assertThat(ProblemType.SESSION_EXPIRED.status()).isEqualTo(401);
    assertThat(ProblemType.INVALID_LINK.status()).isEqualTo(400);
    assertThat(ProblemType.LINK_EXPIRED.status()).isEqualTo(410);
    assertThat(ProblemType.EMAIL_TAKEN.status()).isEqualTo(409);
    assertThat(ProblemType.WORKSPACE_SUSPENDED.status()).isEqualTo(403);
    assertThat(ProblemType.WORKSPACE_NOT_FOUND.status()).isEqualTo(404);
    assertThat(ProblemType.WORKSPACE_SLUG_TAKEN.status()).isEqualTo(409);
  }

  @Test
  void everyTypeHasItsOwnUriUnderTheProblemsBase() {
    Set<String> uris = Arrays.stream(ProblemType.values())
        .map(type -> type.uri().toString())
        .collect(Collectors.toSet());
    assertThat(uris).hasSize(ProblemType.values().length)
        .allSatisfy(uri -> assertThat(uri).startsWith("https://flowpod.io/problems/"));
    Arrays.stream(ProblemType.values())
        .forEach(type -> assertThat(ProblemType.fromUri(type.uri())).isEqualTo(type));
  }
}
