package io.flowpod.domain.audit;

/** The actions FlowPod records, {@code <area>.<what happened>}. */
public final class AuditActions {

  public static final String LOGIN_SUCCEEDED = "auth.login.succeeded";
  public static final String LOGIN_FAILED = "auth.login.failed";
  public static final String LOGOUT = "auth.logout";
  public static final String REFRESH_REUSE_DETECTED = "auth.refresh.reuse-detected";
  public static final String PASSWORD_RESET_REQUESTED = "auth.password-reset.requested";
  public static final String PASSWORD_RESET_COMPLETED = "auth.password-reset.completed";
  public static final String WORKSPACE_CREATED = "tenant.created";
  public static final String TENANT_SUSPENDED = "tenant.suspended";
  public static final String TENANT_REACTIVATED = "tenant.reactivated";
  public static final String USER_CREATED = "user.created";
  public static final String USER_INVITED = "user.invited";
  public static final String INVITATION_ACCEPTED = "user.invitation-accepted";
  public static final String USER_ROLE_CHANGED = "user.role-changed";
  public static final String PRODUCT_CREATED = "product.created";
  public static final String PRODUCT_UPDATED = "product.updated";
  public static final String PRODUCT_ARCHIVED = "product.archived";
  public static final String PRODUCTS_IMPORTED = "product.imported";
  public static final String CUSTOM_FIELD_DEFINED = "product.custom-field-defined";
  public static final String STOCK_ADJUSTED = "stock.adjusted";

  private AuditActions() {}
}
