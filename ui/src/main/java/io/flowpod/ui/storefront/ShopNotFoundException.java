package io.flowpod.ui.storefront;

/** The shop, product or order page does not exist for this visitor: answered with the 404 page. */
class ShopNotFoundException extends RuntimeException {

  ShopNotFoundException() {
    super("No such shop page");
  }
}
