-- Optimistic locking for users: every change to a user's role bumps version, and the API answers it as
-- the ETag W/"<version>". A change names the version it read and updates only that version
-- (update ... where version = ?), so two admins changing the same user cannot overwrite each other.
alter table users add column version integer not null default 0;
