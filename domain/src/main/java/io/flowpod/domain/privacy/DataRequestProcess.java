package io.flowpod.domain.privacy;

import java.time.Duration;
import java.time.Period;

/** The names gdpr-data-request.bpmn and FlowPod share, and the legal clock's constants. */
public final class DataRequestProcess {

  private DataRequestProcess() {}

  public static final String PROCESS_ID = "gdpr-data-request";
  public static final String RECEIVED_MESSAGE = "data-request.received";
  public static final String IDENTITY_VERIFIED_MESSAGE = "data-request.identity-verified";
  public static final String EXTENDED_MESSAGE = "data-request.extended";

  public static final String PREPARE_EXPORT_JOB = "privacy.prepare-export";
  public static final String ERASE_PERSONAL_DATA_JOB = "privacy.erase-personal-data";
  public static final String COMPLETE_REQUEST_JOB = "privacy.complete-request";
  public static final String REJECT_UNVERIFIED_JOB = "privacy.reject-unverified-request";

  public static final String VERIFY_IDENTITY_TEMPLATE = "data-request.verify-identity";
  public static final String EXPORT_READY_TEMPLATE = "data-request.export-ready";
  public static final String RECTIFIED_TEMPLATE = "data-request.rectified";
  public static final String ERASURE_CONFIRMED_TEMPLATE = "data-request.erasure-confirmed";
  public static final String EXTENSION_NOTICE_TEMPLATE = "data-request.extension-notice";

  public static final String RECTIFICATION_FORM = "data-request-rectification";
  public static final String DEADLINE_FORM = "data-request-deadline";
  public static final String TASK_BUSINESS_OBJECT = "data-request";

  /** The legal answer period (GDPR art. 12(3)): one month from receipt. */
  public static final Period ANSWER_WITHIN = Period.ofMonths(1);
  /** An extension must be announced inside the first month; FlowPod takes day 30 as the limit. */
  public static final Duration EXTENSION_NOTICE_WITHIN = Duration.ofDays(30);
  /** At most two further months. */
  public static final int MAX_EXTENSION_MONTHS = 2;
  /** Staff get a task this long before the deadline. */
  public static final Duration ESCALATE_BEFORE_DUE = Duration.ofDays(5);
  /** A request whose customer does not verify within this time is rejected as unverified. */
  public static final Duration VERIFY_WITHIN = Duration.ofDays(14);
  /** How long the verification link and the export link stay valid. */
  public static final Duration LINK_VALID_FOR = Duration.ofDays(7);

  public static final String VERIFY_LINK_PURPOSE = "data-request-verify";
  public static final String EXPORT_LINK_PURPOSE = "data-request-export";
}
