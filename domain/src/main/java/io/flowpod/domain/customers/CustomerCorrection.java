package io.flowpod.domain.customers;

/** The corrections a customer asked for (GDPR art. 16); a null field stays as it is. */
public record CustomerCorrection(String name, String email, String phone, String locale) {

  public boolean empty() {
    return name == null && email == null && phone == null && locale == null;
  }
}
