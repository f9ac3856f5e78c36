package io.flowpod.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderLinksTest {

  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
  private final OrderLinks links = new OrderLinks(() -> SECRET, null);

  @Test
  void aTokenOpensOnlyItsOwnOrderOfItsOwnWorkspace() {
    UUID tenant = UUID.randomUUID();
    String token = TenantContext.callAs(tenant, () -> links.token(1042));
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    TenantContext.runAs(tenant, () -> {
      assertThat(links.verify(1042, token)).isTrue();
      assertThat(links.verify(1043, token)).isFalse();
      assertThat(links.verify(1042, token.substring(1))).isFalse();
      assertThat(links.verify(1042, null)).isFalse();
      assertThat(links.verify(1042, "")).isFalse();
    });
    TenantContext.runAs(UUID.randomUUID(), () -> assertThat(links.verify(1042, token)).isFalse());
    OrderLinks otherSecret = new OrderLinks(() -> "another-secret-of-32-bytes-or-more".getBytes(),
        null);
    TenantContext.runAs(tenant, () -> assertThat(otherSecret.verify(1042, token)).isFalse());
  }
}
