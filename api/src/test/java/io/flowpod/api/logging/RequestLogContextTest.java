package io.flowpod.api.logging;

import static io.flowpod.api.conventions.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.api.conventions.SampleController;
import io.flowpod.domain.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@ConventionsWebTest
@Import(SampleController.class)
class RequestLogContextTest {

  @Autowired MockMvc mvc;

  @Test
  void requestTenantAndUserIdsAreInTheLogContextOnlyDuringTheRequest() throws Exception {
    UUID tenant = UUID.randomUUID();
    UUID user = UUID.randomUUID();
    mvc.perform(get("/api/v1/samples/log-context").header("X-Request-Id", "req-123.abc_X")
            .with(as(user, tenant, Role.STAFF)))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Request-Id", "req-123.abc_X"))
        .andExpect(jsonPath("$.requestId").value("req-123.abc_X"))
        .andExpect(jsonPath("$.tenantId").value(tenant.toString()))
        .andExpect(jsonPath("$.userId").value(user.toString()));
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void unsafeOrMissingRequestIdsAreReplacedByGeneratedOnes() throws Exception {
    for (String unsafe : new String[] {"abc def", "x".repeat(65), "a\"b", "<script>", ""}) {
      String echoed = mvc.perform(get("/api/v1/samples/log-context").header("X-Request-Id", unsafe)
              .with(as(UUID.randomUUID(), Role.STAFF)))
          .andExpect(status().isOk())
          .andReturn().getResponse().getHeader("X-Request-Id");
      assertThat(UUID.fromString(echoed)).isNotNull();
    }
    String generated = mvc.perform(get("/api/v1/samples/log-context")
            .with(as(UUID.randomUUID(), Role.STAFF)))
        .andReturn().getResponse().getHeader("X-Request-Id");
    assertThat(UUID.fromString(generated)).isNotNull();
  }
}
