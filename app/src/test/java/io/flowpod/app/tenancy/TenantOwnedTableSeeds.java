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

  private static final String PLACED_ORDER = """
      with c as (
        insert into customers (id, tenant_id, name, email, created_at, updated_at)
        values (gen_random_uuid(), :tenant, 'C', gen_random_uuid() || '@rls.test', now(), now())
        returning id),
      o as (
        insert into orders (id, tenant_id, number, status, channel, customer_id, currency,
          subtotal_minor, tax_minor, total_minor, cost_minor, placed_at, updated_at, version)
        select gen_random_uuid(), :tenant, (random() * 1e9)::bigint, 'PENDING_PAYMENT', 'API', c.id,
          'EUR', 1, 0, 1, 0, now(), now(), 0 from c
        returning id, customer_id)
      """;

  private static final String CHAT_MESSAGE = """
      with i as (
        insert into chat_identities (id, tenant_id, channel, address, created_at)
        values (gen_random_uuid(), :tenant, 'TELEGRAM', gen_random_uuid()::text, now())
        returning id),
      m as (
        insert into inbox_messages (id, tenant_id, channel, provider_message_id, chat_identity_id,
          message_type, body, sent_at, received_at, outcome)
        select gen_random_uuid(), :tenant, 'TELEGRAM', gen_random_uuid()::text, i.id, 'text', 'Hi',
          now(), now(), 'CONVERSATION' from i
        returning id)
      """;

  private static final String CONVERSATION = CHAT_MESSAGE + """
      , c as (
        insert into customers (id, tenant_id, name, email, created_at, updated_at)
        values (gen_random_uuid(), :tenant, 'C', gen_random_uuid() || '@rls.test', now(), now())
        returning id),
      v as (
        insert into conversations (id, tenant_id, customer_id, status, last_message_at, created_at)
        select gen_random_uuid(), :tenant, c.id, 'UNANSWERED', now(), now() from c
        returning id)
      """;

  private static final String WEBHOOK_DELIVERY = """
      with e as (
        insert into webhook_endpoints (id, tenant_id, url, event_types, secret_sealed, secret_hint,
          enabled, created_at, updated_at)
        values (gen_random_uuid(), :tenant, 'https://example.com/hook', array['order.created'], 'v1:x',
          '…', true, now(), now())
        returning id),
      d as (
        insert into webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, payload,
          status, give_up_at, occurred_at, created_at)
        select gen_random_uuid(), :tenant, e.id, gen_random_uuid(), 'order.created', '{}',
          'SUCCEEDED', now(), now(), now() from e
        returning id)
      """;

  private static final String CUSTOMER = """
      with c as (
        insert into customers (id, tenant_id, name, email, created_at, updated_at)
        values (gen_random_uuid(), :tenant, 'C', gen_random_uuid() || '@rls.test', now(), now())
        returning id)
      """;

  static final Map<String, String> SQL = Map.ofEntries(
      Map.entry("staff_tasks", """
          insert into staff_tasks (id, tenant_id, job_key, process_instance_key, process_id, element_id,
            form_key, business_object_type, business_object_id, title, status, created_at)
          values (gen_random_uuid(), :tenant, (random() * 1e12)::bigint, 1, 'p', 'Task_X', 'f', 'order',
            gen_random_uuid()::text, 'T', 'OPEN', now())"""),
      Map.entry("customers", """
          insert into customers (id, tenant_id, name, email, created_at, updated_at)
          values (gen_random_uuid(), :tenant, 'C', gen_random_uuid() || '@rls.test', now(), now())"""),
      Map.entry("chat_identities", """
          insert into chat_identities (id, tenant_id, channel, address, created_at)
          values (gen_random_uuid(), :tenant, 'TELEGRAM', gen_random_uuid()::text, now())"""),
      Map.entry("channel_settings", """
          insert into channel_settings (tenant_id, channel, enabled, updated_at)
          values (:tenant, 'SMS', false, now())"""),
      Map.entry("consent_records", """
          with c as (
            insert into customers (id, tenant_id, name, email, created_at, updated_at)
            values (gen_random_uuid(), :tenant, 'C', gen_random_uuid() || '@rls.test', now(), now())
            returning id)
          insert into consent_records (id, tenant_id, customer_id, purpose, state, policy_version,
            text_shown, source, occurred_at)
          select gen_random_uuid(), :tenant, c.id, 'ORDER_PROCESSING', 'GRANTED', 'v1', 'T', 'API', now()
          from c"""),
      Map.entry("order_settings", """
          insert into order_settings (tenant_id, payment_reminder_after, payment_timeout,
            fulfilment_notice_after, auto_deliver_after, updated_at)
          values (:tenant, interval '1 hour', interval '2 hours', interval '1 day', interval '2 days', now())"""),
      Map.entry("order_numbers", """
          insert into order_numbers (tenant_id, last_number) values (:tenant, 1000)"""),
      Map.entry("orders", PLACED_ORDER + "select 1 from o"),
      Map.entry("order_lines", PLACED_ORDER + """
          , p as (
            insert into products (id, tenant_id, sku, name, kind, price_minor, currency, tax_rate_bp,
              active, version, created_at, updated_at)
            values (gen_random_uuid(), :tenant, gen_random_uuid()::text, 'P', 'PRODUCT', 1, 'EUR', 0,
              true, 0, now(), now())
            returning id)
          insert into order_lines (tenant_id, order_id, line_no, product_id, sku, name, quantity,
            unit_price_minor, unit_cost_minor, tax_rate_bp, net_minor, tax_minor, total_minor)
          select :tenant, o.id, 1, p.id, 'S', 'P', 1, 1, 0, 0, 1, 0, 1 from o, p"""),
      Map.entry("order_events", PLACED_ORDER + """
          insert into order_events (id, tenant_id, order_id, kind, status, dedupe_key, occurred_at)
          select gen_random_uuid(), :tenant, o.id, 'PLACED', 'PENDING_PAYMENT', 'PLACED', now() from o"""),
      Map.entry("customer_notices", PLACED_ORDER + """
          insert into customer_notices (id, tenant_id, customer_id, notice_key, template, channel,
            status, subject_ref, created_at)
          select gen_random_uuid(), :tenant, o.customer_id, gen_random_uuid()::text, 't', 'EMAIL',
            'SENT', o.id::text, now() from o"""),
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
      Map.entry("reorder_rules", STOCKED_PRODUCT + """
          insert into reorder_rules (tenant_id, product_id, threshold, reorder_quantity,
            lead_time_days, updated_at)
          select :tenant, p.id, 5, 20, 3, now() from p, l"""),
      Map.entry("replenishments", STOCKED_PRODUCT + """
          insert into replenishments (id, tenant_id, product_id, status, reorder_quantity,
            requested_at, updated_at)
          select gen_random_uuid(), :tenant, p.id, 'REQUESTED', 20, now(), now() from p, l"""),
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
            'PAID', now())"""),
      Map.entry("outbound_messages", """
          insert into outbound_messages (id, tenant_id, message_key, template, purpose, subject_ref,
            locale, channels, status, created_at)
          values (gen_random_uuid(), :tenant, gen_random_uuid()::text, 't', 'SERVICE', 'Test 1',
            'en', 'EMAIL', 'PENDING', now())"""),
      Map.entry("outbound_attempts", """
          with m as (
            insert into outbound_messages (id, tenant_id, message_key, template, purpose, subject_ref,
              locale, channels, status, created_at)
            values (gen_random_uuid(), :tenant, gen_random_uuid()::text, 't', 'SERVICE', 'Test 1',
              'en', 'EMAIL', 'PENDING', now())
            returning id)
          insert into outbound_attempts (id, tenant_id, message_id, channel, outcome, attempted_at)
          select gen_random_uuid(), :tenant, m.id, 'EMAIL', 'SENT', now() from m"""),
      Map.entry("quiet_hours", """
          insert into quiet_hours (tenant_id, starts_at, ends_at, updated_at)
          values (:tenant, '22:00', '08:00', now()) on conflict (tenant_id) do nothing"""),
      Map.entry("policy_versions", """
          insert into policy_versions (id, tenant_id, kind, version, decision_table, dmn_xml, state,
            created_at)
          values (gen_random_uuid(), :tenant, 'order-approval', (random() * 1e6)::int + 1, '{}',
            '<definitions/>', 'DRAFT', now())"""),
      Map.entry("inbox_messages", CHAT_MESSAGE + "select 1 from m"),
      Map.entry("inbound_message_statuses", """
          insert into inbound_message_statuses (tenant_id, channel, provider_message_id, status,
            occurred_at, received_at)
          values (:tenant, 'WHATSAPP', 'wamid.' || gen_random_uuid(), 'DELIVERED', now(), now())"""),
      Map.entry("conversations", CONVERSATION + "select 1 from v"),
      Map.entry("conversation_messages", CONVERSATION + """
          insert into conversation_messages (id, tenant_id, conversation_id, direction, channel,
            message_type, body, inbox_message_id, occurred_at)
          select gen_random_uuid(), :tenant, v.id, 'IN', 'TELEGRAM', 'text', 'Hi', m.id, now()
          from v, m"""),
      Map.entry("webhook_endpoints", """
          insert into webhook_endpoints (id, tenant_id, url, event_types, secret_sealed, secret_hint,
            enabled, created_at, updated_at)
          values (gen_random_uuid(), :tenant, 'https://example.com/hook', array['order.created'],
            'v1:x', '…', true, now(), now())"""),
      Map.entry("webhook_deliveries", WEBHOOK_DELIVERY + "select 1 from d"),
      Map.entry("webhook_attempts", WEBHOOK_DELIVERY + """
          insert into webhook_attempts (id, tenant_id, delivery_id, attempt, started_at, duration_ms,
            status_code)
          select gen_random_uuid(), :tenant, d.id, 1, now(), 12, 200 from d"""),
      Map.entry("registrations", """
          insert into registrations (id, tenant_id, source, address_key, email, locale, expires_at,
            created_at)
          values (gen_random_uuid(), :tenant, 'STOREFRONT', 'EMAIL:' || gen_random_uuid(),
            'r@rls.test', 'en', now(), now())"""),
      Map.entry("data_requests", CUSTOMER + """
          insert into data_requests (id, tenant_id, customer_id, kind, received_via, status,
            received_at, original_due_at, due_at)
          select gen_random_uuid(), :tenant, c.id, 'ACCESS', 'EMAIL', 'AWAITING_VERIFICATION', now(),
            now() + interval '1 month', now() + interval '1 month' from c"""),
      Map.entry("data_request_events", CUSTOMER + """
          , r as (
            insert into data_requests (id, tenant_id, customer_id, kind, received_via, status,
              received_at, original_due_at, due_at)
            select gen_random_uuid(), :tenant, c.id, 'ERASURE', 'PHONE', 'IN_PROGRESS', now(),
              now() + interval '1 month', now() + interval '1 month' from c
            returning id)
          insert into data_request_events (id, tenant_id, data_request_id, kind, dedupe_key,
            occurred_at)
          select gen_random_uuid(), :tenant, r.id, 'RECEIVED', 'received', now() from r"""));

  private TenantOwnedTableSeeds() {}
}
