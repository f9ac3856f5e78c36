package io.flowpod.ui.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

  private final UUID mug = UUID.randomUUID();
  private final UUID tea = UUID.randomUUID();

  @Test
  void round_trips_through_the_cookie_form_and_drops_what_it_cannot_read() {
    Cart cart = Cart.empty().add(mug, 2).add(tea, 1).add(mug, 1);
    assertThat(Cart.parse(cart.format())).isEqualTo(cart);
    assertThat(cart.quantities()).containsEntry(mug, 3).containsEntry(tea, 1);
    assertThat(Cart.parse("junk|" + mug + ":x|" + tea + ":-4|" + mug + ":2").quantities())
        .containsOnlyKeys(mug).containsEntry(mug, 2);
  }

  @Test
  void caps_quantities_and_removes_at_zero() {
    Cart cart = Cart.empty().add(mug, 500);
    assertThat(cart.quantities()).containsEntry(mug, Cart.MAX_QUANTITY);
    assertThat(cart.set(mug, 0).isEmpty()).isTrue();
    assertThat(cart.set(tea, 3).quantities()).doesNotContainKey(tea);
    assertThat(cart.remove(mug).format()).isEmpty();
  }

  @Test
  void tax_follows_the_order_rule_half_up_per_line() {
    assertThat(CartPricing.lineTax(1780, 700)).isEqualTo(125);
    assertThat(CartPricing.lineTax(450, 1900)).isEqualTo(86);
    assertThat(CartPricing.lineTax(3600, 1900)).isEqualTo(684);
  }

  @Test
  void maps_domain_field_errors_to_form_fields() {
    assertThat(CheckoutForm.fieldOf("customer.email")).isEqualTo("email");
    assertThat(CheckoutForm.fieldOf("customer.name")).isEqualTo("name");
    assertThat(CheckoutForm.fieldOf("termsAccepted")).isEqualTo("terms");
    assertThat(CheckoutForm.fieldOf("lines[0].quantity")).isNull();
    assertThat(CheckoutForm.subjectOf("phone")).isEqualTo("Phone");
    assertThat(CheckoutForm.subjectOf("lines[0].quantity")).isEqualTo("The cart");
  }
}
