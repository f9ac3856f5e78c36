-- Identity: the platform tenant, users, rotating refresh tokens, password resets, invitations, and the
-- few lookups that must run before the tenant is known.

-- The lookups below are SECURITY DEFINER functions owned by the role running this migration. If that
-- were the application role, they would hand it every tenant's rows: refuse.
do $$ begin
  if current_user = '${appRole}' then
    raise exception 'Run migrations as the owner role, not as the application role ${appRole}';
  end if;
end $$;

-- The platform operator's own tenant. Super-admins are ordinary user rows in it, so login, refresh and
-- audit work the same for them; it never appears in the tenant list and cannot be suspended.
insert into tenants (id, name, slug, time_zone, currency, locale, status, created_at)
values ('00000000-0000-0000-0000-000000000001', 'FlowPod platform', 'platform', 'UTC', 'EUR', 'en',
        'ACTIVE', now());

create table users (
  id            uuid        primary key,
  tenant_id     uuid        not null references tenants (id),
  email         text        not null,
  display_name  text        not null,
  password_hash text        not null,
  role          text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'STAFF', 'SUPER_ADMIN')),
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  -- SUPER_ADMIN exists only in the platform tenant, and the platform tenant holds only super-admins.
  constraint users_super_admin_in_platform
    check ((role = 'SUPER_ADMIN') = (tenant_id = '00000000-0000-0000-0000-000000000001'))
);
-- Emails are unique platform-wide: login by email must lead to exactly one tenant.
create unique index users_email_unique on users (lower(email));
create index users_tenant_created on users (tenant_id, created_at);

-- Opaque refresh tokens, stored as SHA-256 hashes. A family is one login's chain of rotations; presenting
-- a used token again revokes the whole family.
create table refresh_tokens (
  id         uuid        primary key,
  tenant_id  uuid        not null references tenants (id),
  user_id    uuid        not null references users (id) on delete cascade,
  family_id  uuid        not null,
  token_hash text        not null unique,
  issued_at  timestamptz not null,
  expires_at timestamptz not null,
  used_at    timestamptz,
  revoked_at timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);

create table password_resets (
  id           uuid        primary key,
  tenant_id    uuid        not null references tenants (id),
  user_id      uuid        not null references users (id) on delete cascade,
  token_hash   text        not null unique,
  requested_at timestamptz not null,
  expires_at   timestamptz not null,
  used_at      timestamptz
);
create index password_resets_user on password_resets (user_id);

create table invitations (
  id               uuid        primary key,
  tenant_id        uuid        not null references tenants (id),
  email            text        not null,
  role             text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'STAFF')),
  display_name     text,
  token_hash       text        not null unique,
  invited_by       uuid        not null references users (id),
  created_at       timestamptz not null,
  expires_at       timestamptz not null,
  accepted_at      timestamptz,
  accepted_user_id uuid        references users (id)
);
create index invitations_tenant_created on invitations (tenant_id, created_at desc);

-- Row-level security: the tenant_isolation pattern of V1, plus a read-only policy for the owner role
-- (current_user here), which only the SECURITY DEFINER lookups below use at run time.
do $$
declare
  t text;
begin
  foreach t in array array['users', 'refresh_tokens', 'password_resets', 'invitations'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                   ' with check (tenant_id = current_tenant_id())', t);
    execute format('create policy pre_tenant_lookup on %I for select to %I using (true)', t, current_user);
  end loop;
end $$;

-- Pre-tenant lookups: each answers only "which tenant owns this key?" and nothing else. The caller then
-- sets that tenant and reads the row itself, under RLS.
create function tenant_of_user_email(p_email text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.users where lower(email) = lower(p_email) $$;

create function tenant_of_refresh_token(p_token_hash text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.refresh_tokens where token_hash = p_token_hash $$;

create function tenant_of_password_reset(p_token_hash text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.password_resets where token_hash = p_token_hash $$;

create function tenant_of_invitation(p_token_hash text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select tenant_id from public.invitations where token_hash = p_token_hash $$;

revoke all on function tenant_of_user_email(text) from public;
revoke all on function tenant_of_refresh_token(text) from public;
revoke all on function tenant_of_password_reset(text) from public;
revoke all on function tenant_of_invitation(text) from public;
grant execute on function tenant_of_user_email(text) to ${appRole};
grant execute on function tenant_of_refresh_token(text) to ${appRole};
grant execute on function tenant_of_password_reset(text) to ${appRole};
grant execute on function tenant_of_invitation(text) to ${appRole};
