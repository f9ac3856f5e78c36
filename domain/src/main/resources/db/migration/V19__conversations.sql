-- Inbound chat messages and staff conversations (issue 4).

-- One row per provider message (WhatsApp wamid, Telegram update_id), written in the transaction that
-- handles it and before the webhook answers 200: a redelivery hits the unique key and changes nothing.
-- outcome says what became of it: joined a CONVERSATION, UNKNOWN_SENDER (registration offered), or
-- IGNORED (blocked sender, kept for the operator). body is the text (personal data; erased by GDPR).
create table inbox_messages (
  id                  uuid        primary key,
  tenant_id           uuid        not null references tenants (id),
  channel             text        not null check (channel in ('WHATSAPP', 'TELEGRAM')),
  provider_message_id text        not null check (length(provider_message_id) between 1 and 200),
  chat_identity_id    uuid        not null references chat_identities (id),
  message_type        text        not null check (length(message_type) between 1 and 40),
  body                text,
  sent_at             timestamptz not null,
  received_at         timestamptz not null,
  outcome             text        not null
    check (outcome in ('RECEIVED', 'CONVERSATION', 'UNKNOWN_SENDER', 'IGNORED'))
);
create unique index inbox_messages_provider_id on inbox_messages (tenant_id, channel, provider_message_id);
create index inbox_messages_identity on inbox_messages (tenant_id, chat_identity_id);

alter table inbox_messages enable row level security;
alter table inbox_messages force row level security;
create policy tenant_isolation on inbox_messages
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Delivery statuses of outbound WhatsApp messages as the Cloud API reports them (sent, delivered,
-- read, failed), one row per provider message id and status: replays and out-of-order arrivals are
-- harmless. The outbox is joined on provider_message_id.
create table inbound_message_statuses (
  tenant_id           uuid        not null references tenants (id),
  channel             text        not null check (channel in ('WHATSAPP', 'TELEGRAM')),
  provider_message_id text        not null check (length(provider_message_id) between 1 and 200),
  status              text        not null check (status in ('SENT', 'DELIVERED', 'READ', 'FAILED')),
  error_code          text,
  occurred_at         timestamptz not null,
  received_at         timestamptz not null,
  primary key (tenant_id, channel, provider_message_id, status)
);

alter table inbound_message_statuses enable row level security;
alter table inbound_message_statuses force row level security;
create policy tenant_isolation on inbound_message_statuses
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- One thread per customer across channels. UNANSWERED when the customer's last message has no reply
-- yet, ANSWERED after a staff reply, CLOSED when staff close it (a new message reopens it).
create table conversations (
  id              uuid        primary key,
  tenant_id       uuid        not null references tenants (id),
  customer_id     uuid        not null references customers (id),
  status          text        not null check (status in ('UNANSWERED', 'ANSWERED', 'CLOSED')),
  last_message_at timestamptz not null,
  created_at      timestamptz not null
);
create unique index conversations_customer on conversations (tenant_id, customer_id);
create index conversations_status on conversations (tenant_id, status, last_message_at);

alter table conversations enable row level security;
alter table conversations force row level security;
create policy tenant_isolation on conversations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The thread: customer messages (IN, from an inbox row, at most once each) and staff replies (OUT,
-- with the outbox message id DirectMessages answered).
create table conversation_messages (
  id                 uuid        primary key,
  tenant_id          uuid        not null references tenants (id),
  conversation_id    uuid        not null references conversations (id),
  direction          text        not null check (direction in ('IN', 'OUT')),
  channel            text        not null check (channel in ('WHATSAPP', 'TELEGRAM', 'EMAIL', 'SMS')),
  message_type       text        not null,
  body               text,
  inbox_message_id   uuid        references inbox_messages (id),
  outbox_message_id  uuid,
  author_user_id     uuid,
  occurred_at        timestamptz not null,
  check ((direction = 'IN') = (inbox_message_id is not null))
);
create unique index conversation_messages_inbox on conversation_messages (tenant_id, inbox_message_id)
  where inbox_message_id is not null;
create index conversation_messages_thread on conversation_messages (tenant_id, conversation_id, occurred_at);

alter table conversation_messages enable row level security;
alter table conversation_messages force row level security;
create policy tenant_isolation on conversation_messages
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- tenant_of_whatsapp_number (V16) runs as the table owner, but force row level security applies the
-- tenant policy to the owner too, so with no tenant set it found nothing. Like V2's pre-tenant
-- lookups, the owner may read channel_settings; the application role still may not. Guarded, in case
-- another migration of issue 4 added the same policy first.
do $$
begin
  if not exists (select 1 from pg_policies
                 where tablename = 'channel_settings' and policyname = 'pre_tenant_lookup') then
    execute format('create policy pre_tenant_lookup on channel_settings for select to %I using (true)',
                   current_user);
  end if;
end $$;
