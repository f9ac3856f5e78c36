package io.flowpod.api.problem;

import static io.flowpod.api.conventions.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.api.conventions.SampleController;
import io.flowpod.domain.identity.Role;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ConventionsWebTest
@Import(SampleController.class)
@TestPropertySource(properties = "flowpod.api.max-body-size=2KB")
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

  private static final String PROBLEMS = "https://flowpod.io/problems/";
  private static final UUID TENANT = UUID.randomUUID();

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;

  @Test
  void validationFailuresNameEveryFieldWithJsonPaths(CapturedOutput output) throws Exception {
    double before = rejections("validation", "400");
    String secretEmail = "not-an-email-" + UUID.randomUUID();

    problem(postJson("/api/v1/samples/orders", """
        {"customer": {"email": "%s"}, "items": [{"sku": "A", "quantity": 1},
         {"sku": "", "quantity": 120}]}""".formatted(secretEmail)), 400, "validation")
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("customer.email"))
        .andExpect(jsonPath("$.errors[1].field").value("items[1].quantity"))
        .andExpect(jsonPath("$.errors[1].message").value("must be less than or equal to 99"))
        .andExpect(jsonPath("$.errors[2].field").value("items[1].sku"))
        .andExpect(content().string(not(containsString(secretEmail))));

    assertThat(rejections("validation", "400")).isEqualTo(before + 1);
    assertThat(output).contains("Rejected request")
        .contains("400 validation fields=[customer.email, items[1].quantity, items[1].sku]")
        .doesNotContain(secretEmail);
  }

  @Test
  void requestIdInTheProblemIsTheOneEchoedInTheHeader() throws Exception {
    var result = mvc.perform(postJson("/api/v1/samples/orders", "{}")
            .header("X-Request-Id", "client-chosen-42").with(as(TENANT, Role.STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("X-Request-Id", "client-chosen-42"))
        .andExpect(jsonPath("$.requestId").value("client-chosen-42"))
        .andExpect(jsonPath("$.instance").value("/api/v1/samples/orders"))
        .andReturn();
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
  }

  @Test
  void malformedJsonIsA400WithoutEchoingTheBody() throws Exception {
    problem(postJson("/api/v1/samples/orders", "{\"customer\": {\"email\": \"x@y.z\""), 400,
        "malformed-request")
        .andExpect(jsonPath("$.errors[0].field").value("$"))
        .andExpect(jsonPath("$.errors[0].message", containsString("is not valid JSON")))
        .andExpect(content().string(not(containsString("x@y.z"))));
  }

  @Test
  void wrongTypesNameTheField() throws Exception {
    problem(postJson("/api/v1/samples/orders", """
        {"customer": {"email": "a@b.c"}, "items": [{"sku": "A", "quantity": "many"}]}"""),
        400, "malformed-request")
        .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a number"))
        .andExpect(content().string(not(containsString("many"))));
  }

  @Test
  void fieldsTheEndpointDoesNotAcceptAreRejectedByName() throws Exception {
    problem(postJson("/api/v1/samples/orders", """
        {"customer": {"email": "a@b.c"}, "items": [{"sku": "A", "quantity": 1}],
         "tenantId": "%s"}""".formatted(UUID.randomUUID())), 400, "unknown-field")
        .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
        .andExpect(jsonPath("$.detail", containsString("'tenantId'")));

    problem(postJson("/api/v1/samples/orders", """
        {"customer": {"email": "a@b.c", "role": "OWNER"}, "items": []}"""), 400, "unknown-field")
        .andExpect(jsonPath("$.errors[0].field").value("customer.role"));

    problem(postJson("/api/v1/samples/orders", """
        {"customer": {"email": "a@b.c"}, "items": [{"sku": "A", "quantity": 1, "amountMinor": 1}]}"""),
        400, "unknown-field")
        .andExpect(jsonPath("$.errors[0].field").value("items[0].amountMinor"));
  }

  @Test
  void queryParameterConstraintsAndTypeMismatchesNameTheParameter() throws Exception {
    problem(get("/api/v1/samples/search").param("limit", "0"), 400, "validation")
        .andExpect(jsonPath("$.errors[0].field").value("limit"));
    problem(get("/api/v1/samples/search").param("limit", "ten"), 400, "validation")
        .andExpect(jsonPath("$.errors[0].field").value("limit"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    problem(get("/api/v1/samples/search"), 400, "validation")
        .andExpect(jsonPath("$.errors[0].field").value("limit"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
    problem(get("/api/v1/samples/orders/not-a-uuid"), 400, "validation")
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
  }

  @Test
  void missingThingsAre404() throws Exception {
    problem(get("/api/v1/samples/orders/" + new UUID(0, 7)), 404, "not-found")
        .andExpect(jsonPath("$.detail").value("The resource does not exist."));
    problem(get("/api/v1/no-such-endpoint"), 404, "not-found");
  }

  @Test
  void optimisticLockConflictsAre409WithoutInternals() throws Exception {
    problem(post("/api/v1/samples/stale"), 409, "conflict")
        .andExpect(content().string(not(containsString("tx 7"))));
  }

  @Test
  void unexpectedFailuresAreAGeneric500ThatIsLoggedWithTheRequestId(CapturedOutput output)
      throws Exception {
    problem(get("/api/v1/samples/boom").header("X-Request-Id", "boom-1"), 500, "internal-error")
        .andExpect(jsonPath("$.requestId").value("boom-1"))
        .andExpect(content().string(not(containsString("hunter2"))))
        .andExpect(content().string(not(containsString("IllegalStateException"))))
        .andExpect(content().string(not(containsString("at io.flowpod"))));
    assertThat(output).contains("Request boom-1 failed: GET /api/v1/samples/boom")
        .contains("java.lang.IllegalStateException");
  }

  @Test
  void wrongMethodAndMediaTypeAre405And415() throws Exception {
    problem(delete("/api/v1/samples/orders"), 405, "method-not-allowed")
        .andExpect(header().string("Allow", containsString("POST")));
    problem(post("/api/v1/samples/orders").contentType(MediaType.TEXT_PLAIN).content("hi"), 415,
        "unsupported-media-type");
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    problem(postJson("/api/v1/samples/orders", "{\"note\": \"" + "x".repeat(3000) + "\"}"), 413,
        "payload-too-large");
  }

  @Test
  void theErrorPathAnswersProblemsToo() throws Exception {
    mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/secret"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"))
        .andExpect(jsonPath("$.instance").value("/api/v1/secret"))
        .andExpect(jsonPath("$.requestId").isString());
  }

  private MockHttpServletRequestBuilder postJson(String path, String json) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
  }

  private ResultActions problem(MockHttpServletRequestBuilder request, int status, String type)
      throws Exception {
    return mvc.perform(request.with(as(TENANT, Role.STAFF)))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEMS + type))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isString())
        .andExpect(jsonPath("$.requestId").isString())
        .andExpect(jsonPath("$.trace").doesNotExist())
        .andExpect(jsonPath("$.exception").doesNotExist());
  }

  private double rejections(String type, String status) {
    var counter = meters.find(ProblemResponses.REJECTIONS).tag("type", type).tag("status", status)
        .counter();
    return counter == null ? 0 : counter.count();
  }
}
