-- Ordering: customers (minimal until the registration issue), per-workspace order settings, orders with
-- their lines (prices captured at order time), the order timeline, and the ledger of customer notices.

create table customers (
  id         uuid        primary key,
  tenant_id  uuid        not null references tenants (id),
  name       text        not null check (length(name) between 1 and 200),
  email      text        not null check (length(email) between 3 and 254),
  phone      text,
  locale     text        not null default 'en',
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index customers_tenant_email on customers (tenant_id, lower(email));

alter table customers enable row level security;
alter table customers force row level security;
create policy tenant_isolation on customers
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Durations are ISO-8601 (PT24H). Defaults apply when a workspace has no row.
create table order_settings (
  tenant_id                uuid        primary key references tenants (id),
  payment_reminder_after   interval    not null,
  payment_timeout          interval    not null,
  fulfilment_notice_after  interval    not null,
  auto_deliver_after       interval    not null,
  updated_at               timestamptz not null
);

alter table order_settings enable row level security;
alter table order_settings force row level security;
create policy tenant_isolation on order_settings
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The last order number handed out per workspace; taken with a row lock.
create table order_numbers (
  tenant_id   uuid   primary key references tenants (id),
  last_number bigint not null
);

alter table order_numbers enable row level security;
alter table order_numbers force row level security;
create policy tenant_isolation on order_numbers
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table orders (
  id                   uuid        primary key,
  tenant_id            uuid        not null references tenants (id),
  number               bigint      not null,
  status               text        not null
    check (status in ('PENDING_PAYMENT','CONFIRMED','SHIPPED','DELIVERED','CANCELLED','REFUNDED')),
  channel              text        not null check (channel in ('STOREFRONT','CHAT','API')),
  customer_id          uuid        not null references customers (id),
  currency             char(3)     not null,
  subtotal_minor       bigint      not null check (subtotal_minor >= 0),
  tax_minor            bigint      not null check (tax_minor >= 0),
  total_minor          bigint      not null check (total_minor >= 0),
  cost_minor           bigint      not null check (cost_minor >= 0),
  note                 text,
  cancel_reason        text,
  carrier              text,
  tracking_number      text,
  payment_reminder_at  timestamptz,
  payment_due_at       timestamptz,
  fulfilment_notice_at timestamptz,
  auto_deliver_at      timestamptz,
  placed_at            timestamptz not null,
  updated_at           timestamptz not null,
  version              bigint      not null
);
create unique index orders_tenant_number on orders (tenant_id, number);
create index orders_tenant_placed on orders (tenant_id, placed_at desc);
create index orders_tenant_status on orders (tenant_id, status);

alter table orders enable row level security;
alter table orders force row level security;
create policy tenant_isolation on orders
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table order_lines (
  tenant_id        uuid    not null references tenants (id),
  order_id         uuid    not null references orders (id),
  line_no          integer not null check (line_no >= 1),
  product_id       uuid    not null references products (id),
  sku              text    not null,
  name             text    not null,
  quantity         bigint  not null check (quantity > 0),
  unit_price_minor bigint  not null check (unit_price_minor >= 0),
  unit_cost_minor  bigint  not null check (unit_cost_minor >= 0),
  tax_rate_bp      integer not null check (tax_rate_bp between 0 and 10000),
  net_minor        bigint  not null check (net_minor >= 0),
  tax_minor        bigint  not null check (tax_minor >= 0),
  total_minor      bigint  not null check (total_minor >= 0),
  primary key (order_id, line_no)
);
create index order_lines_tenant_product on order_lines (tenant_id, product_id);

alter table order_lines enable row level security;
alter table order_lines force row level security;
create policy tenant_isolation on order_lines
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The order's timeline: every transition and flow step, with its cause and actor. The dedupe key makes
-- a repeated job or event record its step once.
create table order_events (
  id            uuid        primary key,
  seq           bigint      generated always as identity,
  tenant_id     uuid        not null references tenants (id),
  order_id      uuid        not null references orders (id),
  kind          text        not null,
  status        text        not null,
  cause         text,
  actor_user_id uuid,
  dedupe_key    text        not null,
  occurred_at   timestamptz not null
);
create unique index order_events_dedupe on order_events (tenant_id, order_id, dedupe_key);
create index order_events_order_seq on order_events (tenant_id, order_id, seq);

alter table order_events enable row level security;
alter table order_events force row level security;
create policy tenant_isolation on order_events
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
revoke update, delete, truncate on order_events from ${appRole};

-- Every notice sent to a customer, keyed so that a repeated notify job sends nothing twice.
create table customer_notices (
  id            uuid        primary key,
  tenant_id     uuid        not null references tenants (id),
  customer_id   uuid        not null references customers (id),
  notice_key    text        not null,
  template      text        not null,
  channel       text        not null,
  status        text        not null check (status in ('PENDING','SENT','FAILED')),
  subject_ref   text        not null,
  created_at    timestamptz not null,
  sent_at       timestamptz,
  failure       text
);
create unique index customer_notices_key on customer_notices (tenant_id, notice_key);
create index customer_notices_tenant_created on customer_notices (tenant_id, created_at desc);

alter table customer_notices enable row level security;
alter table customer_notices force row level security;
create policy tenant_isolation on customer_notices
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
