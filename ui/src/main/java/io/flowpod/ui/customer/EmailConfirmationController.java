package io.flowpod.ui.customer;

import io.flowpod.domain.registration.Registration;
import io.flowpod.domain.registration.Registrations;
import io.flowpod.domain.tenancy.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The double opt-in landing page. Opening the link shows one button; pressing it confirms. A GET
 * that confirmed would let mail scanners, which open every link, confirm for the customer.
 */
@Controller
@RequestMapping("/c/{slug}/confirm")
class EmailConfirmationController {

  private final CustomerWorkspaces workspaces;
  private final Registrations registrations;

  EmailConfirmationController(CustomerWorkspaces workspaces, Registrations registrations) {
    this.workspaces = workspaces;
    this.registrations = registrations;
  }

  @GetMapping
  String page(@PathVariable String slug, @RequestParam(name = "t", required = false) String token,
      Model model) {
    Tenant tenant = workspaces.require(slug);
    Registration registration = workspaces.as(tenant, () -> registrations.confirmationTarget(token));
    model.addAttribute("t", PageTexts.of(registration.locale()));
    model.addAttribute("workspace", tenant.name());
    model.addAttribute("slug", tenant.slug());
    model.addAttribute("token", token);
    model.addAttribute("done", registration.emailConfirmedAt() != null);
    return "customer/confirm";
  }

  @PostMapping
  String confirm(@PathVariable String slug, @RequestParam(name = "t", required = false) String token,
      HttpServletRequest request, Model model) {
    Tenant tenant = workspaces.require(slug);
    String ip = workspaces.clientAddress(request);
    Registration registration = workspaces.as(tenant, () -> registrations.confirmEmail(token, ip));
    model.addAttribute("t", PageTexts.of(registration.locale()));
    model.addAttribute("workspace", tenant.name());
    model.addAttribute("done", true);
    return "customer/confirm";
  }
}
