package io.flowpod.domain.messaging;

/** A way to reach a customer. Chat channels ({@link #WHATSAPP}, {@link #TELEGRAM}) also write back. */
public enum Channel {
  WHATSAPP, TELEGRAM, EMAIL, SMS;

  public boolean isChat() {
    return this == WHATSAPP || this == TELEGRAM;
  }
}
