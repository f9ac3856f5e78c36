package io.flowpod.ui.storefront;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Keeps a shop's cart in a cookie scoped to that shop's path. HttpOnly (no script needs it) and
 * SameSite=Lax, so another site cannot post a form that orders with a visitor's cart.
 */
@Component
class CartCookie {

  static final String NAME = "cart";
  private static final Duration LIFETIME = Duration.ofDays(30);

  Cart read(HttpServletRequest request) {
    jakarta.servlet.http.Cookie cookie = WebUtils.getCookie(request, NAME);
    return Cart.parse(cookie == null ? null : cookie.getValue());
  }

  void write(Shop shop, Cart cart, HttpServletRequest request, HttpServletResponse response) {
    ResponseCookie cookie = ResponseCookie.from(NAME, cart.format())
        .path(request.getContextPath() + "/shop/" + shop.slug())
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .maxAge(cart.isEmpty() ? Duration.ZERO : LIFETIME)
        .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
