-- Repeated failed sign-ins lock an account for a while (luutru.security.max-failed-sign-ins and
-- luutru.security.lockout). Kept here, not in one node's memory, so every node of a cluster and a restart
-- see the same count.
ALTER TABLE users
  ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0,
  ADD COLUMN locked_until timestamptz;
