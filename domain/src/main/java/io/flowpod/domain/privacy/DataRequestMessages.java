package io.flowpod.domain.privacy;

import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The request flow's messages to the customer (texts in {@code messages/data-request.*.properties}).
 * Parameters: {@code reference}, {@code dueAt} (a date), and {@code link} for the verification and
 * export messages. All are service messages: they answer the customer's own request.
 */
@Component
class DataRequestMessages implements MessageSource {

  private final DataRequests requests;
  private final String publicUrl;

  DataRequestMessages(DataRequests requests,
      @Value("${flowpod.public-url:http://localhost:8080}") String publicUrl) {
    this.requests = requests;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
        : publicUrl;
  }

  @Override
  public Set<String> templates() {
    return Set.of(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE,
        DataRequestProcess.EXPORT_READY_TEMPLATE, DataRequestProcess.RECTIFIED_TEMPLATE,
        DataRequestProcess.ERASURE_CONFIRMED_TEMPLATE, DataRequestProcess.EXTENSION_NOTICE_TEMPLATE);
  }

  @Override
  public MessageDraft draft(String template, Map<String, String> references) {
    if (!templates().contains(template)) {
      throw new IllegalArgumentException("Unknown template " + template);
    }
    String id = references.get("dataRequestId");
    if (id == null) {
      throw new IllegalArgumentException(template + " needs the reference dataRequestId");
    }
    DataRequest request = requests.find(UUID.fromString(id)).orElseThrow(() ->
        new IllegalArgumentException("No data request " + id + " in this workspace"));
    Map<String, String> params = new HashMap<>();
    params.put("reference", request.reference());
    params.put("dueAt", request.dueAt().toString().substring(0, 10));
    if (template.equals(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE)) {
      params.put("link", publicUrl + requests.verificationPath(request.id()));
    } else if (template.equals(DataRequestProcess.EXPORT_READY_TEMPLATE)) {
      params.put("link", publicUrl + requests.exportPath(request));
    }
    return new MessageDraft(new Recipient.Customer(request.customerId()),
        "Data request " + request.reference(), params, MessagePurpose.SERVICE);
  }
}
