package io.flowpod.app.modeling;

import io.flowpod.app.catalog.CatalogClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Uploads model files to the deployments API as a browser form would: parts named files. */
final class ModelUploads {

  private final RestClient http;

  ModelUploads(int port) {
    this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { }).build();
  }

  /** Posts every file (name to bytes) in one request. */
  Response upload(String token, Map<String, byte[]> files, boolean dryRun) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    files.forEach((name, bytes) -> parts.add("files", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    return http.post().uri("/api/v1/deployments" + (dryRun ? "?dryRun=true" : ""))
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
            new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An executable process {@code id} of a start event, {@code steps} and an end event. */
  static String process(String id, String steps) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Test"
            targetNamespace="http://flowpod.io/test">
          <bpmn:process id="%s" isExecutable="true">
            <bpmn:startEvent id="Start_Requested" />
            %s
            <bpmn:endEvent id="End_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, steps);
  }
}
