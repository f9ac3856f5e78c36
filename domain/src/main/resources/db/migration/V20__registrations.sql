-- Registration (issue 4): personal, signed, single-use links that let an unknown chat sender or a
-- storefront visitor become a customer, and the double opt-in of their e-mail address.
-- address_key names where the link went ("WHATSAPP:<wa_id>", "EMAIL:<lower-case address>") so the
-- limit of 5 links per address per 24 h is one indexed count.
create table registrations (
  id                 uuid        primary key,
  tenant_id          uuid        not null references tenants (id),
  source             text        not null check (source in ('WHATSAPP', 'TELEGRAM', 'STOREFRONT')),
  address_key        text        not null check (length(address_key) between 3 and 300),
  chat_identity_id   uuid        references chat_identities (id) on delete set null,
  email              text        check (length(email) between 3 and 254),
  locale             text        not null,
  status             text        not null default 'OPEN'
    check (status in ('OPEN', 'COMPLETED', 'EXPIRED')),
  expires_at         timestamptz not null,
  used_at            timestamptz,
  customer_id        uuid        references customers (id) on delete set null,
  confirmation_needed boolean    not null default false,
  email_confirmed_at timestamptz,
  email_discarded_at timestamptz,
  created_at         timestamptz not null
);
create index registrations_address on registrations (tenant_id, address_key, created_at);
create index registrations_customer on registrations (tenant_id, customer_id);

alter table registrations enable row level security;
alter table registrations force row level security;
create policy tenant_isolation on registrations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
