-- Customer channels and consent (issue 4): customers reachable by chat without an e-mail address, the
-- chat identities through which they write (WhatsApp number, Telegram chat), and the consent ledger.

-- A customer registered from chat may have no e-mail address; the unique index still holds for those
-- who have one (NULLs are distinct).
alter table customers alter column email drop not null;
alter table customers add column status text not null default 'ACTIVE'
  check (status in ('PENDING', 'ACTIVE', 'BLOCKED', 'ERASED'));
alter table customers add column preferred_channel text
  check (preferred_channel in ('WHATSAPP', 'TELEGRAM', 'EMAIL', 'SMS'));
alter table customers add column email_verified_at timestamptz;
alter table customers add column erased_at timestamptz;

-- Who writes to the workspace on a chat channel: a WhatsApp number (the Cloud API's wa_id) or a
-- Telegram chat id, known or not (customer_id null until registration). The inbound webhooks create
-- it; last_inbound_at opens WhatsApp's 24-hour customer-service window; a blocked sender is ignored.
create table chat_identities (
  id              uuid        primary key,
  tenant_id       uuid        not null references tenants (id),
  channel         text        not null check (channel in ('WHATSAPP', 'TELEGRAM')),
  address         text        not null check (length(address) between 1 and 64),
  customer_id     uuid        references customers (id),
  locale          text,
  blocked_at      timestamptz,
  last_inbound_at timestamptz,
  created_at      timestamptz not null
);
create unique index chat_identities_address on chat_identities (tenant_id, channel, address);
create index chat_identities_customer on chat_identities (tenant_id, customer_id);

alter table chat_identities enable row level security;
alter table chat_identities force row level security;
create policy tenant_isolation on chat_identities
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The consent ledger: every grant, pending double opt-in, confirmation, withdrawal and refusal, as it
-- happened. The current state of a (customer, purpose, channel) is its latest row. Rows are never
-- deleted (proof), except an unconfirmed sign-up's own after 7 days; an erasure blanks the IP address and proof.
create table consent_records (
  id             uuid        primary key,
  seq            bigint      generated always as identity,
  tenant_id      uuid        not null references tenants (id),
  customer_id    uuid        not null references customers (id),
  purpose        text        not null check (purpose in ('ORDER_PROCESSING', 'MARKETING', 'AI_ASSISTANT')),
  channel        text        check (channel in ('WHATSAPP', 'TELEGRAM', 'EMAIL', 'SMS')),
  state          text        not null
    check (state in ('GRANTED', 'PENDING_CONFIRMATION', 'WITHDRAWN', 'DECLINED')),
  policy_version text        not null,
  text_shown     text        not null,
  source         text        not null,
  ip_address     text,
  proof          text,
  occurred_at    timestamptz not null,
  check ((purpose = 'MARKETING') = (channel is not null))
);
create index consent_records_customer on consent_records (tenant_id, customer_id, seq);

alter table consent_records enable row level security;
alter table consent_records force row level security;
create policy tenant_isolation on consent_records
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
revoke truncate on consent_records from ${appRole};

-- Per-workspace channel settings: non-secret settings as JSON (WhatsApp phone-number id, SMTP host,
-- ...) and secrets sealed by SecretBox (name -> "v1:..."), never in clear.
create table channel_settings (
  tenant_id  uuid        not null references tenants (id),
  channel    text        not null check (channel in ('WHATSAPP', 'TELEGRAM', 'EMAIL', 'SMS')),
  enabled    boolean     not null,
  settings   jsonb       not null default '{}',
  secrets    jsonb       not null default '{}',
  updated_at timestamptz not null,
  primary key (tenant_id, channel)
);
create unique index channel_settings_whatsapp_number on channel_settings ((settings ->> 'phoneNumberId'))
  where channel = 'WHATSAPP';

alter table channel_settings enable row level security;
alter table channel_settings force row level security;
create policy tenant_isolation on channel_settings
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The WhatsApp webhook names the business number, not the workspace: this finds the workspace before
-- any tenant is set (like tenant_of_user_email).
create function tenant_of_whatsapp_number(p_phone_number_id text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.channel_settings
        where channel = 'WHATSAPP' and settings ->> 'phoneNumberId' = p_phone_number_id $$;
revoke all on function tenant_of_whatsapp_number(text) from public;
grant execute on function tenant_of_whatsapp_number(text) to ${appRole};
