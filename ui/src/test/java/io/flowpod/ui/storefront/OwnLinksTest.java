package io.flowpod.ui.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnLinksTest {

  @Test
  void keeps_path_and_query_of_absolute_and_relative_links() {
    assertThat(OwnLinks.pathAndQuery("http://localhost:0/shop/demo/orders/7?t=a.b-c_d"))
        .isEqualTo("/shop/demo/orders/7?t=a.b-c_d");
    assertThat(OwnLinks.pathAndQuery("/pay/test/tok%2Fen")).isEqualTo("/pay/test/tok%2Fen");
    assertThat(OwnLinks.pathAndQuery("https://shop.example/pay/test/x")).isEqualTo("/pay/test/x");
  }
}
