-- Catalog: the workspace's products and services, and the custom fields it defines for them.
-- Money is minor units (bigint) in the workspace's currency; custom field values live as jsonb on the
-- product, validated by the application against product_custom_fields.

create table product_custom_fields (
  tenant_id  uuid        not null references tenants (id),
  field_key  text        not null check (field_key ~ '^[a-z][a-z0-9_]{0,39}$'),
  label      text        not null,
  field_type text        not null check (field_type in ('TEXT','NUMBER','DECIMAL','DATE','DROPDOWN','CHECKBOX')),
  required   boolean     not null,
  options    jsonb       not null default '[]',
  created_at timestamptz not null,
  primary key (tenant_id, field_key)
);

alter table product_custom_fields enable row level security;
alter table product_custom_fields force row level security;
create policy tenant_isolation on product_custom_fields
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

create table products (
  id            uuid        primary key,
  tenant_id     uuid        not null references tenants (id),
  sku           text        not null check (length(sku) between 1 and 64),
  name          text        not null,
  description   text,
  category      text,
  kind          text        not null check (kind in ('PRODUCT','SERVICE')),
  price_minor   bigint      not null check (price_minor >= 0),
  currency      char(3)     not null,
  cost_minor    bigint      check (cost_minor >= 0),
  tax_rate_bp   integer     not null check (tax_rate_bp between 0 and 10000),
  image_urls    jsonb       not null default '[]',
  active        boolean     not null,
  custom_fields jsonb       not null default '{}',
  version       bigint      not null,
  created_at    timestamptz not null,
  updated_at    timestamptz not null
);
-- SKUs are unique per workspace regardless of case.
create unique index products_tenant_sku on products (tenant_id, lower(sku));
create index products_tenant_name on products (tenant_id, lower(name));
create index products_tenant_category on products (tenant_id, category);

alter table products enable row level security;
alter table products force row level security;
create policy tenant_isolation on products
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
