package io.flowpod.ui.customer;

import io.flowpod.domain.registration.RegistrationException;
import io.flowpod.domain.registration.Registrations;
import io.flowpod.domain.tenancy.Tenant;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A storefront visitor asks for a registration link by e-mail ({@code /c/{slug}/register} without a
 * token). The answer is the same whether or not the address is known; the sixth request for an
 * address within 24 hours is refused (429).
 */
@Controller
class LinkRequestPageController {

  private final CustomerWorkspaces workspaces;
  private final Registrations registrations;

  LinkRequestPageController(CustomerWorkspaces workspaces, Registrations registrations) {
    this.workspaces = workspaces;
    this.registrations = registrations;
  }

  @GetMapping(path = "/c/{slug}/register", params = "!t")
  String form(@PathVariable String slug, Model model) {
    return show(model, workspaces.require(slug), "", "form");
  }

  @PostMapping("/c/{slug}/register-link")
  String request(@PathVariable String slug, @RequestParam(required = false) String email,
      HttpServletResponse response, Model model) {
    Tenant tenant = workspaces.require(slug);
    try {
      workspaces.as(tenant, () -> registrations.requestByEmail(email, tenant.locale()));
      return show(model, tenant, "", "sent");
    } catch (RegistrationException refused) {
      boolean tooMany = refused.reason() == RegistrationException.Reason.TOO_MANY;
      response.setStatus(tooMany ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.BAD_REQUEST.value());
      return show(model, tenant, email == null ? "" : email, tooMany ? "too-many" : "invalid");
    }
  }

  private static String show(Model model, Tenant tenant, String email, String outcome) {
    model.addAttribute("t", PageTexts.of(tenant.locale()));
    model.addAttribute("workspace", tenant.name());
    model.addAttribute("slug", tenant.slug());
    model.addAttribute("email", email);
    model.addAttribute("outcome", outcome);
    return "customer/request-link";
  }
}
