package io.flowpod.domain.registration;

import io.flowpod.domain.messaging.Channel;
import java.util.List;
import java.util.Map;

/**
 * What the registration form shows for one link: the workspace, the page language, the e-mail the
 * link went to (storefront) and the consent texts (exactly what the ledger will record), with the
 * marketing channels this person can be offered.
 */
public record RegistrationPage(String workspace, String language, String email,
    boolean emailRequired, String orderProcessingText, Map<Channel, String> marketingTexts,
    String aiAssistantText, String policyVersion) {

  public RegistrationPage {
    marketingTexts = Map.copyOf(marketingTexts);
  }

  public List<Channel> marketingChannels() {
    return marketingTexts.keySet().stream().sorted().toList();
  }
}
