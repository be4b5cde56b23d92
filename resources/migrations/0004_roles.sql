-- 0004 (issue 15): staff roles held by the database. On PostgreSQL each
-- staff member signs in as a database role of their own (staff.db_role),
-- member of the office's admin, cashier or seller group; the rights of
-- each group, row-level security for sellers and an audit trail that the
-- database writes itself are in the PostgreSQL part. On SQLite (one
-- computer, one file) roles stay a convenience of the desk.
ALTER TABLE staff ADD COLUMN db_role TEXT;
CREATE UNIQUE INDEX staff_db_role ON staff (db_role);
