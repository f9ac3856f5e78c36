-- Inventory: stock per product and location, and the append-only ledger of every change to it.
-- A level row is changed only together with the movement that explains it (one transaction, the level
-- row locked), so the ledger always sums to the level.

create table stock_locations (
  id         uuid        primary key,
  tenant_id  uuid        not null references tenants (id),
  name       text        not null check (length(name) between 1 and 100),
  is_default boolean     not null,
  created_at timestamptz not null
);
create unique index stock_locations_tenant_name on stock_locations (tenant_id, lower(name));
-- At most one default location per workspace; it is created lazily on first use.
create unique index stock_locations_tenant_default on stock_locations (tenant_id) where is_default;

alter table stock_locations enable row level security;
alter table stock_locations force row level security;
create policy tenant_isolation on stock_locations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table stock_levels (
  tenant_id   uuid        not null references tenants (id),
  product_id  uuid        not null references products (id),
  location_id uuid        not null references stock_locations (id),
  on_hand     bigint      not null check (on_hand >= 0),
  reserved    bigint      not null check (reserved >= 0),
  updated_at  timestamptz not null,
  primary key (product_id, location_id)
);
create index stock_levels_tenant_product on stock_levels (tenant_id, product_id);

alter table stock_levels enable row level security;
alter table stock_levels force row level security;
create policy tenant_isolation on stock_levels
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table stock_movements (
  id             uuid        primary key,
  seq            bigint      generated always as identity,
  tenant_id      uuid        not null references tenants (id),
  product_id     uuid        not null references products (id),
  location_id    uuid        not null references stock_locations (id),
  kind           text        not null
    check (kind in ('SALE','RESERVATION','RELEASE','ADJUSTMENT','RECEIPT','RETURN')),
  on_hand_delta  bigint      not null,
  reserved_delta bigint      not null,
  actor_user_id  uuid,
  reason         text        not null check (length(reason) between 1 and 500),
  reference      text,
  occurred_at    timestamptz not null,
  check (on_hand_delta <> 0 or reserved_delta <> 0)
);
create index stock_movements_tenant_product_seq on stock_movements (tenant_id, product_id, seq desc);

alter table stock_movements enable row level security;
alter table stock_movements force row level security;
create policy tenant_isolation on stock_movements
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The ledger is append-only for the application, like the audit log.
revoke update, delete, truncate on stock_movements from ${appRole};

-- Holds for orders, one per reference (an order line): HELD until released or sold. The reference
-- makes reserve, release and sale idempotent.
create table stock_reservations (
  tenant_id   uuid        not null references tenants (id),
  reference   text        not null check (length(reference) between 1 and 200),
  product_id  uuid        not null references products (id),
  location_id uuid        not null references stock_locations (id),
  quantity    bigint      not null check (quantity > 0),
  status      text        not null check (status in ('HELD','RELEASED','SOLD')),
  created_at  timestamptz not null,
  updated_at  timestamptz not null,
  primary key (tenant_id, reference)
);

alter table stock_reservations enable row level security;
alter table stock_reservations force row level security;
create policy tenant_isolation on stock_reservations
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
