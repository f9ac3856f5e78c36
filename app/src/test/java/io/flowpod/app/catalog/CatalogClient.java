package io.flowpod.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.support.LoopbackClients;
import io.flowpod.app.support.SignupRequests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The catalog (and stock) API as a client sees it: plain HTTP with a bearer token and optional headers. */
public final class CatalogClient {

  static final String PASSWORD = "correct-horse-battery";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, headers and the body as text. */
  public record Response(int status, HttpHeaders headers, String text) {

    public JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    public Response expect(int expected) {
      assertThat(status).as("status; body: %s", text).isEqualTo(expected);
      return this;
    }

    /** The field names of a problem's {@code errors}. */
    public List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
      return fields;
    }
  }

  private final RestClient http;
  private final RestClient auth;

  public CatalogClient(int port) {
    this.http = client(port, RestClient.builder());
    // Sign-ups, invitations and logins go out from this client's own loopback address: the suite
    // signs up hundreds of workspaces, which from one address would exceed the per-address limit.
    this.auth = client(port, RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory(LoopbackClients.fresh())));
  }

  private static RestClient client(int port, RestClient.Builder builder) {
    return builder.baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { }).build();
  }

  public Response send(HttpMethod method, String path, String token, Object body,
      Map<String, String> headers) {
    RestClient.RequestBodySpec request = (path.startsWith("/api/v1/auth/") ? auth : http)
        .method(method).uri(path);
    if (token != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    headers.forEach(request::header);
    if (body instanceof String csv) {
      request.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .body(csv.getBytes(StandardCharsets.UTF_8));
    } else if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
        res.getHeaders(), new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  public Response get(String path, String token) {
    return send(HttpMethod.GET, path, token, null, Map.of());
  }

  public Response post(String path, String token, Object body) {
    return send(HttpMethod.POST, path, token, body, Map.of());
  }

  /** Uploads {@code csv} as the multipart part {@code file}. */
  Response upload(String path, String token, String csv) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "products.csv";
      }
    });
    return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
            new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  Response put(String path, String token, Object body, String ifMatch) {
    return send(HttpMethod.PUT, path, token, body,
        ifMatch == null ? Map.of() : Map.of(HttpHeaders.IF_MATCH, ifMatch));
  }

  Response delete(String path, String token) {
    return send(HttpMethod.DELETE, path, token, null, Map.of());
  }

  /** Signs up a fresh EUR workspace and answers its owner's access token. */
  public String newWorkspaceOwner() {
    String slug = "cat-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = SignupRequests.body(slug, slug + "@owner.example", PASSWORD);
    return post("/api/v1/auth/signup", null, body).expect(201).json().path("accessToken").asText();
  }

  public String login(String email, String password) {
    return post("/api/v1/auth/login", null, Map.of("email", email, "password", password))
        .expect(200).json().path("accessToken").asText();
  }

  public static Map<String, Object> product(String sku, String name, long priceMinor) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sku", sku);
    body.put("name", name);
    body.put("priceMinor", priceMinor);
    return body;
  }
}
