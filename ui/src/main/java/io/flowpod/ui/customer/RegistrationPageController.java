package io.flowpod.ui.customer;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.registration.Registration;
import io.flowpod.domain.registration.RegistrationException;
import io.flowpod.domain.registration.RegistrationForm;
import io.flowpod.domain.registration.RegistrationPage;
import io.flowpod.domain.registration.Registrations;
import io.flowpod.domain.tenancy.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registration form behind a personal link, in the link's language: minimum data and one box
 * per consent, each box next to the exact text the ledger records. Problems are shown next to their
 * fields (400) and nothing is recorded until every one is fixed.
 */
@Controller
@RequestMapping("/c/{slug}/register")
class RegistrationPageController {

  private final CustomerWorkspaces workspaces;
  private final Registrations registrations;

  RegistrationPageController(CustomerWorkspaces workspaces, Registrations registrations) {
    this.workspaces = workspaces;
    this.registrations = registrations;
  }

  @GetMapping(params = "t")
  String form(@PathVariable String slug, @RequestParam(name = "t") String token,
      Model model) {
    Tenant tenant = workspaces.require(slug);
    RegistrationPage page = workspaces.as(tenant, () -> registrations.page(token));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("email", page.email() == null ? "" : page.email());
    values.put("language", page.language());
    return show(model, tenant, token, page, values, Set.of(), false, false, Map.of());
  }

  @PostMapping
  String submit(@PathVariable String slug, @RequestParam(name = "t", required = false) String token,
      @RequestParam(required = false) String name, @RequestParam(required = false) String email,
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String orderProcessing,
      @RequestParam(required = false) List<String> marketing,
      @RequestParam(required = false) String aiAssistant, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Tenant tenant = workspaces.require(slug);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    if (marketing != null) {
      for (String channel : marketing) {
        try {
          channels.add(Channel.valueOf(channel));
        } catch (IllegalArgumentException notAChannel) {
          // a value no page of ours sends: ignored like an unticked box
        }
      }
    }
    RegistrationForm form = new RegistrationForm(name, email, phone, language,
        orderProcessing != null, channels, aiAssistant != null);
    String ip = workspaces.clientAddress(request);
    try {
      Registration done = workspaces.as(tenant,
          () -> registrations.complete(token, form, ip, "web page"));
      model.addAttribute("t", PageTexts.of(form.language()));
      model.addAttribute("workspace", tenant.name());
      model.addAttribute("confirmationSent", done.confirmationNeeded());
      return "customer/registered";
    } catch (RegistrationException refused) {
      if (refused.reason() != RegistrationException.Reason.INVALID) {
        throw refused;
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      RegistrationPage page = workspaces.as(tenant, () -> registrations.page(token));
      Map<String, String> values = new LinkedHashMap<>();
      values.put("name", name == null ? "" : name);
      values.put("email", email == null ? "" : email);
      values.put("phone", phone == null ? "" : phone);
      values.put("language", language == null ? page.language() : language);
      return show(model, tenant, token, page, values, channels, orderProcessing != null,
          aiAssistant != null, refused.fieldErrors());
    }
  }

  private static String show(Model model, Tenant tenant, String token, RegistrationPage page,
      Map<String, String> values, Set<Channel> marketing, boolean orderProcessing,
      boolean aiAssistant, Map<String, String> fieldErrors) {
    PageTexts t = PageTexts.of(page.language());
    Map<String, String> problems = new LinkedHashMap<>();
    fieldErrors.keySet().forEach(field -> problems.put(field, t.problem(field)));
    model.addAttribute("t", t);
    model.addAttribute("slug", tenant.slug());
    model.addAttribute("token", token);
    model.addAttribute("page", page);
    model.addAttribute("values", values);
    model.addAttribute("marketing", marketing);
    model.addAttribute("orderProcessing", orderProcessing);
    model.addAttribute("aiAssistant", aiAssistant);
    model.addAttribute("problems", problems);
    model.addAttribute("languages", PageTexts.LANGUAGES);
    return "customer/register";
  }
}
