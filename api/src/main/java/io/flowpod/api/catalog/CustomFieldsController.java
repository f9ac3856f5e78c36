package io.flowpod.api.catalog;

import io.flowpod.api.catalog.ProductDtos.CustomFieldRequest;
import io.flowpod.api.catalog.ProductDtos.CustomFieldResponse;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.catalog.Products;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The custom fields the workspace defines for its products. */
@RestController
@RequestMapping("/api/v1/products/custom-fields")
@Tag(name = "Products")
class CustomFieldsController {

  private final Products products;

  CustomFieldsController(Products products) {
    this.products = products;
  }

  @GetMapping
  @Operation(summary = "The workspace's product custom fields, oldest first",
      description = "Roles: OWNER, ADMIN.")
  List<CustomFieldResponse> list() {
    return products.customFields().stream().map(CustomFieldResponse::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Define a product custom field",
      description = "Roles: OWNER, ADMIN. Types TEXT, NUMBER, DECIMAL, DATE, DROPDOWN (with "
          + "options), CHECKBOX. 409 when the key exists.")
  CustomFieldResponse define(@RequestBody CustomFieldRequest request, CurrentUser caller) {
    return CustomFieldResponse.of(products.defineCustomField(request.definition(), caller.userId()));
  }
}
