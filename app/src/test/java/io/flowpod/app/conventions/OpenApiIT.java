package io.flowpod.app.conventions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The OpenAPI description documents the conventions on the real application's operations. */
@FlowPodIntegrationTest
class OpenApiIT {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Autowired WebApplicationContext context;

  @Test
  void apiDocsDescribeRolesProblemsAndConventionParameters() throws Exception {
    MockMvc mvc = InProcessCalls.mvc(context);
    String create = "$.paths['/api/v1/flow-checks'].post";
    String resumptions = "$.paths['/api/v1/flow-resumptions'].get";
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("FlowPod API"))
        .andExpect(jsonPath("$.info.version").value("v1"))
        .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
        .andExpect(jsonPath(create + ".description", containsString("Roles: any authenticated")))
        .andExpect(jsonPath(create + ".responses['202']").exists())
        .andExpect(jsonPath(create + ".responses['400'].content['application/problem+json']"
            + ".schema.$ref").value(PROBLEM_REF))
        .andExpect(jsonPath(create + ".responses['429'].content['application/problem+json']"
            + ".schema.$ref").value(PROBLEM_REF))
        .andExpect(jsonPath(create + ".responses['422']").exists())
        .andExpect(jsonPath(create + ".parameters[*].name", hasItems("Idempotency-Key")))
        .andExpect(jsonPath(resumptions + ".description",
            containsString("Roles: OWNER, ADMIN, MANAGER")))
        .andExpect(jsonPath(resumptions + ".parameters[*].name", hasItems("page", "size", "sort")))
        .andExpect(jsonPath(resumptions + ".responses['403'].content['application/problem+json']")
            .exists());
  }

  @Test
  void swaggerUiIsServed() throws Exception {
    InProcessCalls.mvc(context).perform(get("/swagger-ui.html"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
  }
}
