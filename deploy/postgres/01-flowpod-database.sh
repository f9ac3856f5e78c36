#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data directory
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml).
#
# Creates the FlowPod database and its two roles:
#   flowpod_owner  owns the database and its schema; Flyway migrates as this role.
#   flowpod_app    the role FlowPod connects as: it may log in and use what the migrations grant it,
#                  owns nothing, and cannot bypass row-level security (nobypassrls), so every query
#                  is subject to the tenant_isolation policies.
set -eu

: "${FLOWPOD_DB_OWNER_PASSWORD:?FLOWPOD_DB_OWNER_PASSWORD must be set}"
: "${FLOWPOD_DB_PASSWORD:?FLOWPOD_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$FLOWPOD_DB_OWNER_PASSWORD" \
  -v app_password="$FLOWPOD_DB_PASSWORD" <<'SQL'
create role flowpod_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role flowpod_app login nosuperuser nocreatedb nocreaterole nobypassrls password :'app_password';
create database flowpod owner flowpod_owner;
revoke all on database flowpod from public;
grant connect on database flowpod to flowpod_app;
SQL
