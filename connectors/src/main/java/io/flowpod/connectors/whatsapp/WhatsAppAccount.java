package io.flowpod.connectors.whatsapp;

/** A workspace's WhatsApp business number (Graph API phone-number id) and its access token. */
record WhatsAppAccount(String phoneNumberId, String accessToken) {

  @Override
  public String toString() {
    return "WhatsAppAccount[phoneNumberId=" + phoneNumberId + ", accessToken=***]";
  }
}
