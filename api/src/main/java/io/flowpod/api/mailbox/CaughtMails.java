package io.flowpod.api.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mails the embedded SMTP catcher received (embedded mode only; there is no such bean in cluster
 * mode). Implemented by the app module on top of GreenMail.
 */
public interface CaughtMails {

  /** A caught mail; {@code tenantId} comes from its {@code X-FlowPod-Tenant} header (null if absent). */
  record CaughtMail(String id, UUID tenantId, String to, String subject, Instant sentAt, String text) {}

  /** Every caught mail, newest first. */
  List<CaughtMail> newestFirst();
}
