-- Model deployments: the BPMN, DMN and form files a platform operator deployed through the API, when,
-- by whom, and the versions the engine created. Platform-level like tenants (no tenant_id, no RLS):
-- process definitions are shared by every workspace, so deploying them is the platform operator's
-- action (SUPER_ADMIN); workspaces customise their flows through their DMN policies instead.
-- Append-only for the application.
create table model_deployments (
  id             uuid        primary key,
  deployment_key bigint      not null,
  deployed_by    uuid        not null,
  deployed_at    timestamptz not null,
  file_names     text[]      not null,
  warnings       integer     not null default 0
);
create index model_deployments_time on model_deployments (deployed_at desc);

-- One row per process, decision (requirements) or form version the deployment created or re-used.
create table model_deployment_resources (
  deployment_id uuid    not null references model_deployments (id),
  kind          text    not null check (kind in ('PROCESS', 'DECISION', 'DECISION_REQUIREMENTS', 'FORM')),
  resource_id   text    not null,
  version       integer not null,
  resource_key  bigint  not null,
  resource_name text    not null,
  primary key (deployment_id, kind, resource_key)
);

revoke update, delete, truncate on model_deployments, model_deployment_resources from ${appRole};
