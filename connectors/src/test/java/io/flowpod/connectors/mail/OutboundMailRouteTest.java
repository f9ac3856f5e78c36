package io.flowpod.connectors.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.flowpod.domain.messaging.MailDeliveryException;
import io.flowpod.domain.messaging.MailMessage;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbound mail route against a real SMTP server (GreenMail), and against none at all. */
class OutboundMailRouteTest {

  private GreenMail smtp;
  private CamelContext camel;

  @AfterEach
  void stop() {
    if (camel != null) camel.stop();
    if (smtp != null) smtp.stop();
  }

  @Test
  void deliversTextAndHtmlWithTheTenantHeader() throws Exception {
    int port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    CamelOutboundMail mail = start(port);
    UUID tenant = UUID.randomUUID();

    mail.send(new MailMessage(tenant, "ada@example.org", "Hello", "Plain words",
        "<p>Rich words</p>"));

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
    assertThat(received.getSubject()).isEqualTo("Hello");
    assertThat(received.getHeader("X-FlowPod-Tenant", null)).isEqualTo(tenant.toString());
    assertThat(received.getFrom()[0].toString()).contains("no-reply@flowpod.test");
    String body = GreenMailUtil.getBody(received);
    assertThat(body).contains("Plain words").contains("<p>Rich words</p>");
  }

  @Test
  void sendsPlainTextWhenThereIsNoHtml() throws Exception {
    int port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    CamelOutboundMail mail = start(port);

    mail.send(new MailMessage(UUID.randomUUID(), "bob@example.org", "Plain", "Only text", null));

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getContentType()).startsWith("text/plain");
    assertThat(GreenMailUtil.getBody(received).strip()).isEqualTo("Only text");
  }

  @Test
  void failsAfterRetriesWhenNoServerListens() throws Exception {
    CamelOutboundMail mail = start(freePort());

    assertThatThrownBy(() -> mail.send(
        new MailMessage(UUID.randomUUID(), "bob@example.org", "Lost", "Nobody listens", null)))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageNotContaining("bob@example.org");
  }

  private CamelOutboundMail start(int port) throws Exception {
    camel = new DefaultCamelContext();
    Properties properties = new Properties();
    properties.setProperty("flowpod.mail.host", "127.0.0.1");
    properties.setProperty("flowpod.mail.port", Integer.toString(port));
    camel.getPropertiesComponent().setInitialProperties(properties);
    camel.addRoutes(new OutboundMailRoute("FlowPod <no-reply@flowpod.test>", "", "", 2, 10));
    camel.start();
    return new CamelOutboundMail(camel.createProducerTemplate());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
