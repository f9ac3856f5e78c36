package io.flowpod.app.embedded;

import io.flowpod.api.mailbox.CaughtMails;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@link CaughtMails} read from the embedded GreenMail server: each received message with its
 * {@code X-FlowPod-Tenant} header and its plain-text part.
 */
@Component
@ConditionalOnProperty(name = "flowpod.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedMailbox implements CaughtMails {

  static final String TENANT_HEADER = "X-FlowPod-Tenant";

  private final EmbeddedRuntime runtime;

  EmbeddedMailbox(EmbeddedRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public List<CaughtMail> newestFirst() {
    MimeMessage[] received = runtime.mail().getReceivedMessages();
    List<CaughtMail> mails = new ArrayList<>(received.length);
    for (int i = 0; i < received.length; i++) {
      mails.add(read(received[i], i));
    }
    Collections.reverse(mails);
    return mails;
  }

  private static CaughtMail read(MimeMessage message, int index) {
    try {
      String messageId = message.getMessageID();
      Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant()
          : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
      return new CaughtMail(messageId == null ? "mail-" + index : messageId.replaceAll("[<>]", ""),
          tenant(message.getHeader(TENANT_HEADER, null)),
          message.getAllRecipients() == null ? null : message.getAllRecipients()[0].toString(),
          message.getSubject(), sentAt, text(message));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read caught mail " + index, e);
    }
  }

  private static UUID tenant(String header) {
    try {
      return header == null ? null : UUID.fromString(header.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first text/plain part, else the first text part. */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String fallback = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String text = text(child);
        if (text != null && child.isMimeType("text/plain")) {
          return text;
        }
        if (fallback == null) {
          fallback = text;
        }
      }
      return fallback;
    }
    return part.isMimeType("text/*") ? part.getContent().toString() : null;
  }
}
