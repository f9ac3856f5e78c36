package io.flowpod.ui.payments;

import io.flowpod.domain.payments.PaymentModes;
import io.flowpod.domain.payments.TestPayments;
import io.flowpod.domain.payments.TestPayments.TestPayment;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The embedded test payment page: what a customer sees instead of a real checkout. Pay and Decline
 * post back and redirect to the page (post/redirect/get), which then shows the outcome and the way
 * back to the order. Answers 404 unless the test page is enabled, and for unknown links.
 */
@Controller
@RequestMapping("/pay/test/{token}")
class TestPaymentPage {

  private final TestPayments payments;
  private final PaymentModes modes;

  TestPaymentPage(TestPayments payments, PaymentModes modes) {
    this.payments = payments;
    this.modes = modes;
  }

  /** What the template renders. */
  record PageModel(String token, String description, String amount, String state, boolean open,
      String returnUrl) {}

  @GetMapping
  String show(@PathVariable String token, Model model) {
    TestPayment payment = found(token, payments::find);
    model.addAttribute("payment", new PageModel(token, payment.description(),
        amount(payment.amountMinor(), payment.currency()),
        payment.expired() ? "EXPIRED" : payment.state().name(),
        !payment.expired() && payment.state() == io.flowpod.domain.payments.PaymentRequest.State.REQUESTED,
        safeLink(payment.returnUrl())));
    return "pay/test";
  }

  @PostMapping("/pay")
  String pay(@PathVariable String token) {
    found(token, payments::pay);
    return "redirect:/pay/test/" + token;
  }

  @PostMapping("/decline")
  String decline(@PathVariable String token) {
    found(token, payments::decline);
    return "redirect:/pay/test/" + token;
  }

  private TestPayment found(String token, Function<String, Optional<TestPayment>> action) {
    if (!modes.testPageEnabled()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return action.apply(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** Only a site-relative or http(s) link is rendered as the way back. */
  private static String safeLink(String url) {
    return url != null && (url.startsWith("/") && !url.startsWith("//") || url.startsWith("https://")
        || url.startsWith("http://")) ? url : null;
  }

  /** "12.50 EUR": minor units with the currency's own fraction digits. */
  static String amount(long minor, String currency) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      digits = 2;
    }
    return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
  }
}
