package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.deployment.RepositoryRoot;
import io.flowpod.domain.ordering.OrderNotice;
import io.flowpod.domain.ordering.OrderProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler template of the notify step offers exactly the notices the notify worker knows,
 * with the worker's job type, so an analyst cannot pick a notice that fails at run time.
 */
class NotifyElementTemplateTest {

  @Test
  void theTemplateOffersEveryKnownNoticeAndNothingElse() throws Exception {
    JsonNode template = new ObjectMapper().readTree(
        RepositoryRoot.find().resolve("connectors/element-templates/notify-customer.json").toFile());
    List<String> choices = new ArrayList<>();
    String jobType = null;
    for (JsonNode property : template.path("properties")) {
      String binding = property.path("binding").path("type").asText();
      if (binding.equals("zeebe:taskDefinition")) {
        jobType = property.path("value").asText();
      }
      if (binding.equals("zeebe:taskHeader")) {
        property.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
      }
    }
    assertThat(jobType).isEqualTo(OrderProcess.NOTIFY_CUSTOMER_JOB);
    assertThat(choices).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(OrderNotice.values()).map(OrderNotice::template).toList());
  }
}
