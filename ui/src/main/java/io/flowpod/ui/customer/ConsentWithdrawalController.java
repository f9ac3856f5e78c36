package io.flowpod.ui.customer;

import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.registration.ConsentChanges;
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
 * The page behind every marketing message's withdrawal link ({@code ConsentLinks.withdrawalPath}):
 * one button withdraws the channel's marketing consent (source, IP and time in the ledger). The POST
 * also serves mail clients' RFC 8058 one-click unsubscribe, which posts to the same address.
 */
@Controller
@RequestMapping("/c/{slug}/consent/withdraw")
class ConsentWithdrawalController {

  private final CustomerWorkspaces workspaces;
  private final ConsentChanges changes;

  ConsentWithdrawalController(CustomerWorkspaces workspaces, ConsentChanges changes) {
    this.workspaces = workspaces;
    this.changes = changes;
  }

  @GetMapping
  String page(@PathVariable String slug, @RequestParam(name = "t", required = false) String token,
      @RequestParam Channel channel, Model model) {
    Tenant tenant = workspaces.require(slug);
    ContactCard customer = workspaces.as(tenant, () -> changes.withdrawalTarget(token));
    return show(model, tenant, token, channel, customer.locale(), false);
  }

  @PostMapping
  String withdraw(@PathVariable String slug,
      @RequestParam(name = "t", required = false) String token, @RequestParam Channel channel,
      HttpServletRequest request, Model model) {
    Tenant tenant = workspaces.require(slug);
    String ip = workspaces.clientAddress(request);
    ContactCard customer = workspaces.as(tenant, () -> {
      changes.withdrawByLink(token, channel, ip);
      return changes.withdrawalTarget(token);
    });
    return show(model, tenant, token, channel, customer.locale(), true);
  }

  private static String show(Model model, Tenant tenant, String token, Channel channel,
      String locale, boolean done) {
    PageTexts t = PageTexts.of(locale);
    model.addAttribute("t", t);
    model.addAttribute("workspace", tenant.name());
    model.addAttribute("slug", tenant.slug());
    model.addAttribute("token", token);
    model.addAttribute("channel", channel.name());
    model.addAttribute("channelName", t.get("channel." + channel.name()));
    model.addAttribute("done", done);
    return "customer/withdraw";
  }
}
