package io.flowpod.api.openapi;

import io.flowpod.api.concurrency.IfMatch;
import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.problem.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): API info,
 * bearer-token security (required by every operation unless it declares an empty
 * {@code @SecurityRequirements}; each operation's description starts with "Roles: ..."), the shared
 * {@code Problem} schema on every operation's error responses, and the conventions' parameters
 * ({@code page/size/sort}, {@code Idempotency-Key}, {@code If-Match}) wherever a handler uses them.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  /** The security scheme every operation requires unless it declares none (the public ones). */
  public static final String BEARER = "bearer";
  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Errors any operation may answer; operations add their own (409, 412, 422, 428) themselves. */
  private static final Map<String, String> COMMON_ERRORS = Map.of(
      "400", "The request is invalid; errors[] names each field",
      "401", "No valid access token",
      "403", "Your role does not allow this",
      "404", "Not found (also for another workspace's resources)",
      "429", "Rate limit exceeded; see Retry-After",
      "500", "Unexpected error; quote requestId when reporting it");

  static {
    // Resolved by the conventions' own argument resolvers; documented by the customizer below.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class, IfMatch.class);
  }

  @Bean
  OpenAPI flowPodOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("FlowPod API")
            .version("v1")
            .description("""
                The FlowPod REST API. Errors are RFC 9457 problem details \
                (application/problem+json) with a stable type URI under \
                https://flowpod.io/problems/, a requestId (also in X-Request-Id) and, for \
                invalid requests, errors[] naming each field. Lists take page, size and sort. \
                POSTs that create objects honour Idempotency-Key. Changes to versioned \
                resources require If-Match with the ETag last read. Responses carry \
                RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset."""))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from POST /api/v1/auth/login, /signup or /refresh "
                    + "(valid 15 minutes)"))
            .addSchemas(PROBLEM, problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  @Bean
  GlobalOpenApiCustomizer openApiProblemResponses() {
    return openApi -> {
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        ApiResponses responses = operation.getResponses() == null
            ? new ApiResponses() : operation.getResponses();
        COMMON_ERRORS.forEach((status, description) -> responses.computeIfAbsent(status,
            s -> problemResponse(description)));
        operation.setResponses(responses);
      }));
    };
  }

  @Bean
  OperationCustomizer conventionParameters() {
    return (operation, handler) -> {
      if (handler.hasMethodAnnotation(Idempotent.class)) {
        operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER).required(false)
            .description("Makes retries safe: the first response is replayed for 24 h")
            .schema(new StringSchema().maxLength(255)));
        addResponse(operation, "409", "A request with this key is still running");
        addResponse(operation, "422", "The key was used with a different body");
      }
      Arrays.stream(handler.getMethodParameters()).forEach(parameter -> {
        if (PageRequest.class.equals(parameter.getParameterType())) {
          addPaging(operation, parameter.getParameterAnnotation(Sortable.class));
        } else if (IfMatch.class.equals(parameter.getParameterType())) {
          operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(true)
              .description("The ETag you last read").schema(new StringSchema()));
          addResponse(operation, "412", "The resource changed since you read it");
          addResponse(operation, "428", "If-Match is missing");
        }
      });
      return operation;
    };
  }

  private static void addPaging(Operation operation, Sortable sortable) {
    operation.addParametersItem(query("page", "Page number from 0",
        new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)));
    operation.addParametersItem(query("size", "Page size, 1 to " + PageRequest.MAX_SIZE,
        new IntegerSchema().minimum(BigDecimal.ONE)
            .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
            ._default(PageRequest.DEFAULT_SIZE)));
    if (sortable != null) {
      operation.addParametersItem(query("sort",
          "field or field,asc|desc; fields: " + String.join(", ", sortable.fields())
              + (sortable.byDefault().length == 0 ? ""
                  : "; default " + String.join(" ", sortable.byDefault())),
          new ArraySchema().items(new StringSchema())));
    }
  }

  private static Parameter query(String name, String description, Schema<?> schema) {
    return new QueryParameter().name(name).required(false).description(description).schema(schema);
  }

  private static void addResponse(Operation operation, String status, String description) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    operation.getResponses().computeIfAbsent(status, s -> problemResponse(description));
  }

  private static ApiResponse problemResponse(String description) {
    return new ApiResponse().description(description).content(new Content().addMediaType(
        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("field", new StringSchema().description("e.g. items[0].quantity"));
    fieldError.addProperty("message", new StringSchema());
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty("type", new StringSchema().format("uri")
        .example(ProblemType.VALIDATION.uri().toString()));
    problem.addProperty("title", new StringSchema());
    problem.addProperty("status", new IntegerSchema());
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("instance", new StringSchema().format("uri"));
    problem.addProperty("requestId", new StringSchema());
    problem.addProperty("errors", new ArraySchema().items(fieldError));
    return problem;
  }
}
