-- What an audited action changed, in words an operator reads ("variables: orderId", "retries: 3",
-- "from Task_A to Task_B"). Names only: never variable values or personal data. Optional, so every
-- existing caller keeps recording without it. The table's RLS policy and grants are unchanged.
alter table audit_events add column detail text;
