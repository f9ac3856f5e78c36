package io.flowpod.domain.identity;

/** A new workspace and its owner, as entered on the signup form. */
public record SignupCommand(String workspaceName, String workspaceSlug, String timeZone,
    String currency, String locale, String ownerName, String email, String password) {

  @Override
  public String toString() {
    return "SignupCommand[workspaceSlug=" + workspaceSlug + "]";
  }
}
