package io.flowpod.domain.privacy;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.UUID;

/** How task titles name a request ("Data request DR-3F2A9C1D"), never the customer. */
final class DataRequestTitles {

  private DataRequestTitles() {}

  static String of(String businessObjectId) {
    try {
      return "Data request " + DataRequest.reference(UUID.fromString(businessObjectId));
    } catch (IllegalArgumentException e) {
      return "Data request";
    }
  }

  static UUID id(String businessObjectId) {
    try {
      return UUID.fromString(businessObjectId);
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.notFound();
    }
  }
}
