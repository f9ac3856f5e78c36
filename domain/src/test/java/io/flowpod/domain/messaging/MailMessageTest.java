package io.flowpod.domain.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailMessageTest {

  @Test
  void mailsAreSingleLineAddressedAndTenantTagged() {
    UUID tenant = UUID.randomUUID();
    assertThatThrownBy(
        () -> new MailMessage(tenant, "a@b.example\nBcc: c@d.example", "Hi", "text", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
        () -> new MailMessage(null, "a@b.example", "Hi", "text", null))
        .isInstanceOf(NullPointerException.class);
  }
}
