package io.flowpod.app.tenancy;

import java.util.Map;

/**
 * One statement per tenant-owned table that creates a row (and any parent rows it needs) for the tenant
 * bound to every {@code :tenant} (a uuid), with fresh ids. Every tenant-owned table must have an
 * entry: the row-level security suite fails for a table it cannot populate, so a new table cannot slip
 * past it.
 */
final class TenantOwnedTableSeeds {

  private static final String NEW_USER = """
      with u as (
        insert into users (id, tenant_id, email, display_name, password_hash, role, created_at, updated_at)
        values (gen_random_uuid(), :tenant, gen_random_uuid() || '@rls.test', 'RLS', 'x', 'STAFF', now(), now())
        returning id)
      """;

  private static final String STOCKED_PRODUCT = """
      with p as (
        insert into products (id, tenant_id, sku, name, kind, price_minor, currency, tax_rate_bp,
          active, version, created_at, updated_at)
        values (gen_random_uuid(), :tenant, gen_random_uuid()::text, 'P', 'PRODUCT', 1, 'EUR', 0,
          true, 0, now(), now())
        returning id),
      l as (
        insert into stock_locations (id, tenant_id, name, is_default, created_at)
        values (gen_random_uuid(), :tenant, gen_random_uuid()::text, false, now())
        returning id)
      """;

  static final Map<String, String> SQL = Map.ofEntries(
      Map.entry("flow_checks", """
          insert into flow_checks (id, tenant_id, status, requested_at, due_at, version)
          values (gen_random_uuid(), :tenant, 'REQUESTED', now(), now(), 0)"""),
      Map.entry("flow_resumptions", """
          insert into flow_resumptions (id, tenant_id, process_id, business_object, outcome, happened_at)
          values (gen_random_uuid(), :tenant, 'p', 'flow check x', 'RESUMED', now())"""),
      Map.entry("users", NEW_USER + "select 1 from u"),
      Map.entry("refresh_tokens", NEW_USER + """
          insert into refresh_tokens (id, tenant_id, user_id, family_id, token_hash, issued_at, expires_at)
          select gen_random_uuid(), :tenant, u.id, gen_random_uuid(), gen_random_uuid()::text, now(), now() from u"""),
      Map.entry("password_resets", NEW_USER + """
          insert into password_resets (id, tenant_id, user_id, token_hash, requested_at, expires_at)
          select gen_random_uuid(), :tenant, u.id, gen_random_uuid()::text, now(), now() from u"""),
      Map.entry("invitations", NEW_USER + """
          insert into invitations (id, tenant_id, email, role, token_hash, invited_by, created_at, expires_at)
          select gen_random_uuid(), :tenant, 'x@rls.test', 'STAFF', gen_random_uuid()::text, u.id, now(), now() from u"""),
      Map.entry("audit_events", """
          insert into audit_events (id, tenant_id, action, occurred_at)
          values (gen_random_uuid(), :tenant, 'rls.test', now())"""),
      Map.entry("idempotency_keys", """
          insert into idempotency_keys
            (tenant_id, scope, idempotency_key, fingerprint, created_at, expires_at)
          values (:tenant, 'POST /seed', gen_random_uuid()::text, 'f', now(), now() + interval '1 day')"""),
      Map.entry("product_custom_fields", """
          insert into product_custom_fields (tenant_id, field_key, label, field_type, required, created_at)
          values (:tenant, 'k' || substr(md5(gen_random_uuid()::text), 1, 8), 'K', 'TEXT', false, now())"""),
      Map.entry("products", """
          insert into products (id, tenant_id, sku, name, kind, price_minor, currency, tax_rate_bp,
            active, version, created_at, updated_at)
          values (gen_random_uuid(), :tenant, gen_random_uuid()::text, 'P', 'PRODUCT', 1, 'EUR', 0,
            true, 0, now(), now())"""),
      Map.entry("stock_locations", """
          insert into stock_locations (id, tenant_id, name, is_default, created_at)
          values (gen_random_uuid(), :tenant, gen_random_uuid()::text, false, now())"""),
      Map.entry("stock_levels", STOCKED_PRODUCT + """
          insert into stock_levels (tenant_id, product_id, location_id, on_hand, reserved, updated_at)
          select :tenant, p.id, l.id, 1, 0, now() from p, l"""),
      Map.entry("stock_movements", STOCKED_PRODUCT + """
          insert into stock_movements (id, tenant_id, product_id, location_id, kind, on_hand_delta,
            reserved_delta, reason, occurred_at)
          select gen_random_uuid(), :tenant, p.id, l.id, 'RECEIPT', 1, 0, 'rls', now() from p, l"""),
      Map.entry("stock_reservations", STOCKED_PRODUCT + """
          insert into stock_reservations (tenant_id, reference, product_id, location_id, quantity,
            status, created_at, updated_at)
          select :tenant, gen_random_uuid()::text, p.id, l.id, 1, 'HELD', now(), now() from p, l"""),
      Map.entry("payment_settings", """
          insert into payment_settings (tenant_id, provider, manual_instructions, updated_at)
          values (:tenant, 'MANUAL', 'Pay by bank transfer', now())"""),
      Map.entry("payment_requests", """
          insert into payment_requests (tenant_id, payable_id, provider, state, description,
            amount_minor, currency, expires_at, created_at, updated_at)
          values (:tenant, gen_random_uuid(), 'MANUAL', 'REQUESTED', 'Order 1', 100, 'EUR', now(),
            now(), now())"""),
      Map.entry("payment_inbox", """
          insert into payment_inbox (tenant_id, provider, provider_event_id, event_type, outcome,
            received_at)
          values (:tenant, 'STRIPE', 'evt_' || gen_random_uuid(), 'checkout.session.completed',
            'PAID', now())"""));

  private TenantOwnedTableSeeds() {}
}
