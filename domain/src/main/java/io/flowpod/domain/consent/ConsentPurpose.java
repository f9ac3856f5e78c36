package io.flowpod.domain.consent;

/** What a consent covers. Marketing is given per channel; the others for the customer as a whole. */
public enum ConsentPurpose {
  ORDER_PROCESSING, MARKETING, AI_ASSISTANT
}
