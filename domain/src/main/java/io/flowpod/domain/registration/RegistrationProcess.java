package io.flowpod.domain.registration;

import java.time.Duration;

/** The names that tie registration to customer-registration.bpmn, and its time limits. */
public final class RegistrationProcess {

  public static final String PROCESS_ID = "customer-registration";
  public static final String REQUESTED_MESSAGE = "registration.requested";
  public static final String COMPLETED_MESSAGE = "registration.completed";
  public static final String EMAIL_CONFIRMED_MESSAGE = "registration.email-confirmed";
  public static final String EXPIRE_JOB = "registration.expire-registration";
  public static final String DISCARD_JOB = "registration.discard-unconfirmed-email";

  public static final String LINK_TEMPLATE = "registration.link";
  public static final String REMINDER_TEMPLATE = "registration.reminder";
  public static final String WELCOME_TEMPLATE = "registration.welcome";
  public static final String CONFIRM_EMAIL_TEMPLATE = "registration.confirm-email";

  /** How long a registration link works. */
  public static final Duration LINK_VALIDITY = Duration.ofHours(24);
  /** The one reminder goes this long before the link expires. */
  public static final Duration REMINDER_BEFORE_EXPIRY = Duration.ofHours(4);
  /** How long a double opt-in waits for its confirmation before the unconfirmed data is deleted. */
  public static final Duration CONFIRMATION_WINDOW = Duration.ofDays(7);
  /** Links per address (chat number or e-mail) per {@link #LINK_VALIDITY}. */
  public static final int MAX_LINKS_PER_DAY = 5;

  private RegistrationProcess() {}
}
