-- 0012, PostgreSQL part: room on each page for the next versions of its
-- rows. A HOT update must fit on the row's own page; with full pages it
-- becomes an ordinary update and writes every index again. A purchase is
-- updated about five times in its life, a grant two or three.
ALTER TABLE purchases SET (fillfactor = 80);
ALTER TABLE grants SET (fillfactor = 70);
