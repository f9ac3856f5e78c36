-- Inventory rules: expiring stock holds, low-stock reorder rules per product, and the replenishments
-- a low-stock crossing starts (inventory-replenishment.bpmn).

-- Holds from before this migration never expire (null); new order holds carry their expiry.
alter table stock_reservations add column expires_at timestamptz;
create index stock_reservations_held_expiry on stock_reservations (tenant_id, expires_at)
  where status = 'HELD' and expires_at is not null;

create table reorder_rules (
  tenant_id        uuid        not null references tenants (id),
  product_id       uuid        primary key references products (id),
  threshold        bigint      not null check (threshold >= 0),
  reorder_quantity bigint      not null check (reorder_quantity > 0),
  lead_time_days   integer     not null check (lead_time_days between 0 and 365),
  updated_at       timestamptz not null
);
create index reorder_rules_tenant on reorder_rules (tenant_id);

alter table reorder_rules enable row level security;
alter table reorder_rules force row level security;
create policy tenant_isolation on reorder_rules
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table replenishments (
  id                uuid        primary key,
  tenant_id         uuid        not null references tenants (id),
  product_id        uuid        not null references products (id),
  status            text        not null check (status in ('REQUESTED','ORDERED','RECEIVED')),
  reorder_quantity  bigint      not null check (reorder_quantity > 0),
  supplier          text        check (length(supplier) between 1 and 200),
  quantity_ordered  bigint      check (quantity_ordered > 0),
  expected_at       timestamptz,
  quantity_received bigint      check (quantity_received >= 0),
  late_since        timestamptz,
  requested_at      timestamptz not null,
  ordered_at        timestamptz,
  received_at       timestamptz,
  updated_at        timestamptz not null
);
-- At most one open replenishment per product, also against concurrent low-stock crossings.
create unique index replenishments_open_per_product on replenishments (tenant_id, product_id)
  where status <> 'RECEIVED';
create index replenishments_tenant_requested on replenishments (tenant_id, requested_at desc);

alter table replenishments enable row level security;
alter table replenishments force row level security;
create policy tenant_isolation on replenishments
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
