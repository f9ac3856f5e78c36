package io.flowpod.api.diagnostics;

import static io.flowpod.api.conventions.Callers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowCheckStatus;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.identity.Role;
import io.flowpod.domain.platform.flows.FlowResumptionLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@ConventionsWebTest
@Import({FlowCheckController.class, FlowResumptionController.class})
class FlowCheckControllerTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @Autowired MockMvc mvc;
  @MockitoBean FlowChecks flowChecks;
  @MockitoBean FlowResumptionLog resumptions;

  @Test
  void requestingACheckAnswers202WithLocationAndTheCheck() throws Exception {
    UUID id = UUID.randomUUID();
    when(flowChecks.request(Duration.ofSeconds(5))).thenReturn(new FlowCheck(id, TENANT,
        FlowCheckStatus.REQUESTED, NOW, NOW.plusSeconds(5), null, 0));

    mvc.perform(post("/api/v1/flow-checks").with(as(TENANT, Role.STAFF))
            .contentType(MediaType.APPLICATION_JSON).content("{\"delaySeconds\": 5}"))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/v1/flow-checks/" + id))
        .andExpect(jsonPath("$.id").value(id.toString()))
        .andExpect(jsonPath("$.status").value("REQUESTED"))
        .andExpect(jsonPath("$.requestedAt").value("2026-01-02T03:04:05Z"))
        .andExpect(jsonPath("$.dueAt").value("2026-01-02T03:04:10Z"))
        .andExpect(jsonPath("$.completedAt").isEmpty());
  }

  @Test
  void delaysOutsideZeroToAnHourAndForeignFieldsAreRejected() throws Exception {
    for (String body : new String[] {"{\"delaySeconds\": 3601}", "{\"delaySeconds\": -1}", "{}"}) {
      mvc.perform(post("/api/v1/flow-checks").with(as(TENANT, Role.OWNER))
              .contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("delaySeconds"));
    }
    mvc.perform(post("/api/v1/flow-checks").with(as(TENANT, Role.OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"delaySeconds\": 1, \"status\": \"COMPLETED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    verify(flowChecks, never()).request(any());
  }

  @Test
  void aCheckTheTenantCannotSeeIs404() throws Exception {
    UUID foreign = UUID.randomUUID();
    when(flowChecks.find(foreign)).thenReturn(Optional.empty());
    mvc.perform(get("/api/v1/flow-checks/" + foreign).with(as(TENANT, Role.ADMIN)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/not-found"));
  }

  @Test
  void aCheckIsReadBackWithItsStatus() throws Exception {
    UUID id = UUID.randomUUID();
    when(flowChecks.find(id)).thenReturn(Optional.of(new FlowCheck(id, TENANT,
        FlowCheckStatus.COMPLETED, NOW, NOW, NOW.plusSeconds(1), 1)));
    mvc.perform(get("/api/v1/flow-checks/" + id).with(as(TENANT, Role.STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"));
  }

  @Test
  void resumptionsArePaged() throws Exception {
    var entry = new FlowResumptionLog.Entry(UUID.randomUUID(), "platform-flow-check",
        "flow check 1", FlowResumptionLog.Outcome.RESUMED, "Timer_WaitUntilDue", null, NOW);
    when(resumptions.page(10, 5, false)).thenReturn(List.of(entry));
    when(resumptions.count()).thenReturn(11L);

    mvc.perform(get("/api/v1/flow-resumptions?page=2&size=5&sort=happenedAt,asc")
            .with(as(TENANT, Role.MANAGER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].processId").value("platform-flow-check"))
        .andExpect(jsonPath("$.items[0].outcome").value("RESUMED"))
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.totalItems").value(11));

    mvc.perform(get("/api/v1/flow-resumptions?sort=businessObject").with(as(TENANT, Role.OWNER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
  }
}
