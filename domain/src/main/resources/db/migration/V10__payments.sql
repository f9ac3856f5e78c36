-- Payments: the workspace's provider settings (secrets encrypted with AES-256-GCM by the application,
-- never in clear text here), one payment request per payable, and the inbox of provider webhook events.

-- A workspace without a row uses the mode's default provider (TEST embedded, MANUAL in cluster mode).
create table payment_settings (
  tenant_id                uuid        primary key references tenants (id),
  provider                 text        not null check (provider in ('MANUAL', 'TEST', 'STRIPE')),
  stripe_secret_key_enc    text,
  stripe_secret_key_hint   text,
  stripe_webhook_secret_enc text,
  stripe_webhook_secret_hint text,
  manual_instructions      text        check (length(manual_instructions) <= 2000),
  updated_at               timestamptz not null,
  updated_by               uuid
);

alter table payment_settings enable row level security;
alter table payment_settings force row level security;
create policy tenant_isolation on payment_settings
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The one payment request of a payable (an order now, an invoice later). The Stripe idempotency key
-- is derived from payable_id, and expires_at is fixed here before Stripe is called, so a retried
-- creation sends identical parameters and gets the same Checkout session back.
create table payment_requests (
  payable_id          uuid        not null,
  tenant_id           uuid        not null references tenants (id),
  provider            text        not null check (provider in ('MANUAL', 'TEST', 'STRIPE')),
  state               text        not null
    check (state in ('REQUESTED', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED')),
  description         text        not null,
  amount_minor        bigint      not null check (amount_minor > 0),
  currency            char(3)     not null,
  return_url          text,
  expires_at          timestamptz not null,
  checkout_session_id text,
  payment_intent_id   text,
  pay_url             text,
  test_token_hash     text        unique,
  instructions        text,
  refund_id           text,
  paid_by             uuid,
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  primary key (tenant_id, payable_id)
);
create index payment_requests_tenant_state on payment_requests (tenant_id, state);

alter table payment_requests enable row level security;
alter table payment_requests force row level security;
create policy tenant_isolation on payment_requests
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Provider webhook events, written (under the tenant whose secret verified the signature) before the
-- provider gets its 200: a redelivered event id finds its row and changes nothing. The tenant is part
-- of the key so that no workspace can pre-empt another's event ids.
create table payment_inbox (
  tenant_id         uuid        not null references tenants (id),
  provider          text        not null check (provider = 'STRIPE'),
  provider_event_id text        not null,
  event_type        text        not null,
  payable_id        uuid,
  outcome           text        not null,
  received_at       timestamptz not null,
  primary key (tenant_id, provider, provider_event_id)
);

alter table payment_inbox enable row level security;
alter table payment_inbox force row level security;
create policy tenant_isolation on payment_inbox
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The public test payment page learns its tenant from the link's token hash, nothing more. The
-- function runs as the owner role, which row-level security also binds (force): a read-only policy
-- for that role alone lets it see the row (as V2 does for the identity lookups).
create policy pre_tenant_lookup on payment_requests for select to current_user using (true);
create function tenant_of_test_payment(p_token_hash text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.payment_requests where test_token_hash = p_token_hash $$;

revoke all on function tenant_of_test_payment(text) from public;
grant execute on function tenant_of_test_payment(text) to ${appRole};
