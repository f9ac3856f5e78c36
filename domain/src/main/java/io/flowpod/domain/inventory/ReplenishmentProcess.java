package io.flowpod.domain.inventory;

/** The names inventory-replenishment.bpmn and its workers and forms agree on. */
public final class ReplenishmentProcess {

  public static final String PROCESS_ID = "inventory-replenishment";
  /** The name the issue prescribes (not the {@code <capability>.<event>} convention). */
  public static final String LOW_STOCK_MESSAGE = "ims.stock.low-threshold";
  public static final String RECORD_RECEIPT_JOB = "inventory.record-receipt";
  public static final String FLAG_LATE_DELIVERY_JOB = "inventory.flag-late-delivery";
  public static final String PURCHASE_FORM = "replenishment-purchase";
  public static final String RECEIPT_FORM = "replenishment-receipt";
  public static final String CANDIDATE_GROUP = "purchasing";
  public static final String BUSINESS_OBJECT_TYPE = "replenishment";
  public static final String BUSINESS_OBJECT_VARIABLE = "replenishmentId";

  private ReplenishmentProcess() {}
}
