package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.deployment.RepositoryRoot;
import io.flowpod.domain.notifications.NotifyStep;
import io.flowpod.domain.ordering.OrderNotice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler template of the notify step is a call activity of notify-customer whose message
 * list offers every order notice, each with texts on the classpath, so an analyst cannot pick a
 * message that fails at run time; every message a shipped model sends is offered.
 */
class NotifyElementTemplateTest {

  @Test
  void theTemplateCallsTheNotifyProcessAndOffersMessagesThatHaveTexts() throws Exception {
    JsonNode template = new ObjectMapper().readTree(
        RepositoryRoot.find().resolve("connectors/element-templates/notify-customer.json").toFile());
    List<String> choices = new ArrayList<>();
    String calledProcess = null;
    for (JsonNode property : template.path("properties")) {
      String binding = property.path("binding").path("type").asText();
      if (binding.equals("zeebe:calledElement")) {
        calledProcess = property.path("value").asText();
      }
      if (binding.equals("zeebe:input")
          && property.path("binding").path("name").asText().equals(NotifyStep.TEMPLATE_VARIABLE)) {
        property.path("choices").forEach(choice -> choices.add(choice.path("value").asText()
            .replaceAll("^=\"(.*)\"$", "$1")));
      }
    }
    assertThat(template.path("elementType").path("value").asText()).isEqualTo("bpmn:CallActivity");
    assertThat(calledProcess).isEqualTo(NotifyStep.PROCESS_ID);
    assertThat(choices).containsAll(
        Arrays.stream(OrderNotice.values()).map(OrderNotice::template).toList());
    assertThat(choices).as("every message a shipped model sends").containsAll(shippedTemplates());
    for (String choice : choices) {
      for (String language : List.of("en", "it", "es", "ar")) {
        assertThat(getClass().getClassLoader()
            .getResource("messages/" + choice + "." + language + ".properties"))
            .as(choice + " in " + language).isNotNull();
      }
    }
  }

  /** The messageTemplate inputs of every call activity in the shipped BPMN models. */
  private static Set<String> shippedTemplates() throws Exception {
    Pattern input = Pattern.compile("source=\"=&quot;([a-z.-]+)&quot;\" target=\""
        + NotifyStep.TEMPLATE_VARIABLE + "\"");
    Set<String> templates = new TreeSet<>();
    try (var files = Files.walk(RepositoryRoot.find().resolve("processes/src/main/resources/bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = input.matcher(Files.readString(file));
        while (matcher.find()) {
          templates.add(matcher.group(1));
        }
      }
    }
    assertThat(templates).isNotEmpty();
    return templates;
  }
}
