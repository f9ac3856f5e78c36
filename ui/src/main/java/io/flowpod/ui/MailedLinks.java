package io.flowpod.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short, stable addresses for links that FlowPod mails ({@code flowpod.security.links.*}): they
 * redirect, token and all, to the pages under {@code /app/}. A mail outlives a deployment, so its
 * link keeps working wherever the pages themselves live.
 */
@Configuration(proxyBeanMethods = false)
public class MailedLinks implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/reset-password.html", "/app/reset-password.html")
        .setKeepQueryParams(true);
    registry.addRedirectViewController("/accept-invitation.html", "/app/accept-invitation.html")
        .setKeepQueryParams(true);
  }
}
