package io.flowpod.connectors.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.flowpod.domain.messaging.MailMessage;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A workspace's own SMTP server takes its mail; the platform's server gets none of it. */
class WorkspaceSmtpTest {

  private GreenMail platform;
  private GreenMail workspace;
  private CamelContext camel;

  @AfterEach
  void stop() {
    camel.stop();
    platform.stop();
    workspace.stop();
  }

  @Test
  void mailGoesThroughTheWorkspaceServerWithItsSenderAndLogin() throws Exception {
    int platformPort = freePort();
    int workspacePort = freePort();
    platform = new GreenMail(new ServerSetup(platformPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    workspace = new GreenMail(new ServerSetup(workspacePort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    platform.start();
    workspace.start();
    workspace.setUser("shop@tea.example", "shop-login", "p&ss=word");
    camel = new DefaultCamelContext();
    Properties properties = new Properties();
    properties.setProperty("flowpod.mail.host", "127.0.0.1");
    properties.setProperty("flowpod.mail.port", String.valueOf(platformPort));
    camel.getPropertiesComponent().setInitialProperties(properties);
    camel.addRoutes(new OutboundMailRoute("FlowPod <no-reply@flowpod.test>", "", "", 1, 10));
    camel.start();
    CamelOutboundMail mail = new CamelOutboundMail(camel.createProducerTemplate());

    mail.send(new MailMessage(UUID.randomUUID(), "ada@example.org", "Hello", "Plain", "<p>Rich</p>"),
        OutboundMailRoute.uri("127.0.0.1", String.valueOf(workspacePort), "Tea Shop <shop@tea.example>",
            "shop-login", "p&ss=word"));

    assertThat(workspace.getReceivedMessages()).singleElement().satisfies(m -> {
      assertThat(m.getFrom()[0].toString()).contains("shop@tea.example");
      assertThat(m.getHeader("flowpodWorkspaceSmtp")).isNull();
    });
    assertThat(platform.getReceivedMessages()).isEmpty();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
