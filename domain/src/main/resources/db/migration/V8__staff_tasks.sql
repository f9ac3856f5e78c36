-- Staff tasks: the BPMN user tasks of every flow (job-worker based, job type io.camunda.zeebe:userTask),
-- recorded when the engine hands out their job and completed through FlowPod's API. One open task per
-- business object and BPMN element: a re-created job (flow resumption) replaces the old job key.

create table staff_tasks (
  id                   uuid        primary key,
  tenant_id            uuid        not null references tenants (id),
  job_key              bigint      not null,
  process_instance_key bigint      not null,
  process_id           text        not null,
  element_id           text        not null,
  form_key             text        not null,
  business_object_type text        not null,
  business_object_id   text        not null,
  title                text        not null,
  candidate_group      text,
  status               text        not null check (status in ('OPEN','COMPLETED','CANCELLED')),
  assignee_user_id     uuid,
  created_at           timestamptz not null,
  completed_at         timestamptz,
  completed_by         uuid,
  outcome              jsonb
);
create unique index staff_tasks_job on staff_tasks (tenant_id, job_key);
create unique index staff_tasks_open_per_object on staff_tasks
  (tenant_id, business_object_type, business_object_id, element_id) where status = 'OPEN';
create index staff_tasks_tenant_status on staff_tasks (tenant_id, status, created_at);

alter table staff_tasks enable row level security;
alter table staff_tasks force row level security;
create policy tenant_isolation on staff_tasks
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
