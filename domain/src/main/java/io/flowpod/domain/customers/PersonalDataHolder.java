package io.flowpod.domain.customers;

import java.util.Map;
import java.util.UUID;

/**
 * A capability that stores personal data about customers in its own tables. Every such capability
 * registers one bean; a data-subject request exports from and erases through all of them, so a new
 * table with personal data needs a holder (the post-erasure scan of every table checks it).
 */
public interface PersonalDataHolder {

  /** What this holder covers, as the export names it, e.g. {@code "conversations"}. */
  String section();

  /** Everything held on the customer, as JSON-ready maps and lists. Runs in the customer's workspace. */
  Map<String, Object> export(UUID customerId);

  /**
   * Removes or anonymises the customer's personal data in place, keeping rows the law requires
   * (orders, payments) with their amounts. Idempotent. Runs in the erasure's transaction.
   */
  void erase(UUID customerId);
}
