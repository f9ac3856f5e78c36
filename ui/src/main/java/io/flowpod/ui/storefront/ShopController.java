package io.flowpod.ui.storefront;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductQuery;
import io.flowpod.domain.catalog.ProductSort;
import io.flowpod.domain.catalog.Products;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The storefront's catalog and product pages: active products only, searchable by name or SKU. */
@Controller
@RequestMapping("/shop/{slug}")
class ShopController {

  static final int PAGE_SIZE = 24;
  /** Categories are read from the first products of the catalog; small shops have them all. */
  private static final int CATEGORY_SCAN = 500;

  private final Shops shops;
  private final Products products;

  ShopController(Shops shops, Products products) {
    this.shops = shops;
    this.products = products;
  }

  @GetMapping
  String catalog(@PathVariable String slug, @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Shop shop = shops.require(slug);
    String text = blankToNull(q);
    String chosen = blankToNull(category);
    int pageNo = Math.max(0, page);
    Page<Product> found = shops.as(shop, () -> products.list(
        new ProductQuery(text, chosen, true), ProductSort.NAME, true, pageNo, PAGE_SIZE));
    List<String> categories = shops.as(shop, () -> products.list(
            new ProductQuery(null, null, true), ProductSort.NAME, true, 0, CATEGORY_SCAN))
        .getContent().stream().map(Product::category).filter(Objects::nonNull)
        .filter(c -> !c.isBlank()).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    model.addAttribute("shop", shop);
    model.addAttribute("products", found.getContent());
    model.addAttribute("total", found.getTotalElements());
    model.addAttribute("page", pageNo);
    model.addAttribute("hasNext", found.hasNext());
    model.addAttribute("q", text == null ? "" : text);
    model.addAttribute("category", chosen == null ? "" : chosen);
    model.addAttribute("categories", categories);
    return "shop/catalog";
  }

  @GetMapping("/products/{id}")
  String product(@PathVariable String slug, @PathVariable UUID id, Model model) {
    Shop shop = shops.require(slug);
    Product product = shops.as(shop, () -> products.find(id)).filter(Product::active)
        .orElseThrow(ShopNotFoundException::new);
    model.addAttribute("shop", shop);
    model.addAttribute("product", product);
    model.addAttribute("taxRate", percent(product.taxRateBasisPoints()));
    return "shop/product";
  }

  /** 1900 basis points -> "19%", 750 -> "7.5%". */
  static String percent(int basisPoints) {
    return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
