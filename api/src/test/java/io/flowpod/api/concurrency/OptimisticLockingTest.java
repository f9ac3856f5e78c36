package io.flowpod.api.concurrency;

import static io.flowpod.api.conventions.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.api.conventions.SampleController;
import io.flowpod.domain.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ConventionsWebTest
@Import(SampleController.class)
class OptimisticLockingTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final String ORDER = "/api/v1/samples/orders/" + UUID.randomUUID();

  @Autowired MockMvc mvc;

  @Test
  void readsCarryAWeakETagOfTheVersion() throws Exception {
    mvc.perform(get(ORDER).with(as(TENANT, Role.STAFF)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "W/\"3\""));
  }

  @Test
  void aChangeWithTheCurrentETagSucceedsAndAnswersTheNextOne() throws Exception {
    mvc.perform(rename().header("If-Match", "W/\"3\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "W/\"4\""));
    mvc.perform(rename().header("If-Match", "W/\"2\", \"3\"")).andExpect(status().isOk());
    mvc.perform(rename().header("If-Match", "*")).andExpect(status().isOk());
  }

  @Test
  void aStaleETagIs412() throws Exception {
    mvc.perform(rename().header("If-Match", "W/\"2\""))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/precondition-failed"));
    mvc.perform(rename().header("If-Match", "\"garbage\""))
        .andExpect(status().isPreconditionFailed());
  }

  @Test
  void aChangeWithoutIfMatchIs428() throws Exception {
    mvc.perform(rename())
        .andExpect(status().is(428))
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/precondition-required"));
  }

  @Test
  void etagsRoundTrip() {
    assertThat(ETags.version(ETags.of(42))).hasValue(42);
    assertThat(ETags.version("\"7\"")).hasValue(7);
    assertThat(ETags.version("W/\"abc\"")).isEmpty();
    assertThat(ETags.version(null)).isEmpty();
  }

  private MockHttpServletRequestBuilder rename() {
    return put(ORDER).with(as(TENANT, Role.MANAGER)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\": \"Renamed\"}");
  }
}
