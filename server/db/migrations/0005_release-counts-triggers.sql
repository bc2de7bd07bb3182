-- release_counts (schema.ts) kept by triggers on releases, in the writing transaction: per
-- status, how many versions and how many families have a version in it; the row of status ''
-- counts every version and every family. Written by hand: Drizzle's schema has no triggers.
--
-- Each statement's changes, net per (family, status), go to release_counts_apply: a family
-- counts in a status while it has a version there, so the count moves when the family's
-- versions there go from none to some or back, which the family index tells in a few rows.
-- Concurrent writers: the counts rows a statement changes are locked first (in one order),
-- and only then are the families' versions counted, by a statement that (READ COMMITTED)
-- sees what the writers before it committed. A status row is locked by every statement that
-- moves a version into or out of that status, and the '' row by every one that may add or
-- remove a family, so two statements that could count the same family wait for each other.
-- The triggers fire ALWAYS, even under session_replication_role = replica: the counts are
-- derived from the releases and must follow them whoever writes.
CREATE FUNCTION release_counts_apply(family_keys text[], statuses text[], deltas bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  touched text[];
BEGIN
  IF family_keys IS NULL THEN
    RETURN;
  END IF;
  SELECT array_agg(DISTINCT status ORDER BY status) INTO touched FROM (
    SELECT unnest(statuses) AS status
    UNION ALL
    SELECT '' FROM unnest(family_keys, deltas) AS change(family, delta) GROUP BY family HAVING sum(delta) <> 0
  ) changed;
  INSERT INTO release_counts (status, versions, families)
    SELECT status, 0, 0 FROM unnest(touched) AS status
    ON CONFLICT (status) DO NOTHING;
  PERFORM 1 FROM release_counts WHERE status = ANY (touched) ORDER BY status FOR UPDATE;
  -- The versions a family has now (this statement's changes included), and had before it.
  WITH change AS (
    SELECT * FROM unnest(family_keys, statuses, deltas) AS change(family, status, delta)
  ), in_status AS (
    SELECT change.status, change.delta AS versions,
      (now.n > 0)::int - (now.n - change.delta > 0)::int AS families
    FROM change CROSS JOIN LATERAL (
      SELECT count(*) AS n FROM releases
      WHERE coalesce(releases.original_id, releases.id) = change.family AND releases.status = change.status
    ) now
  ), family_change AS (
    SELECT family, sum(delta) AS delta FROM change GROUP BY family
  ), in_all AS (
    SELECT ''::text AS status, family_change.delta AS versions,
      (now.n > 0)::int - (now.n - family_change.delta > 0)::int AS families
    FROM family_change CROSS JOIN LATERAL (
      SELECT count(*) AS n FROM releases WHERE coalesce(releases.original_id, releases.id) = family_change.family
    ) now
    WHERE family_change.delta <> 0
  )
  UPDATE release_counts SET versions = release_counts.versions + total.versions,
    families = release_counts.families + total.families
  FROM (
    SELECT status, sum(versions) AS versions, sum(families) AS families
    FROM (SELECT * FROM in_status UNION ALL SELECT * FROM in_all) moved GROUP BY status
  ) total
  WHERE release_counts.status = total.status;
END
$$;
--> statement-breakpoint
CREATE FUNCTION release_counts_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta)) FROM (
    SELECT coalesce(original_id, id) AS family, status, count(*) AS delta FROM inserted GROUP BY 1, 2
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION release_counts_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta)) FROM (
    SELECT coalesce(original_id, id) AS family, status, -count(*) AS delta FROM deleted GROUP BY 1, 2
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Most updates change neither status nor family (an edit): their net change is empty, and
-- they lock nothing.
CREATE FUNCTION release_counts_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta)) FROM (
    SELECT family, status, sum(delta) AS delta FROM (
      SELECT coalesce(original_id, id) AS family, status, 1 AS delta FROM updated
      UNION ALL
      SELECT coalesce(original_id, id), status, -1 FROM outdated
    ) moved
    GROUP BY 1, 2 HAVING sum(delta) <> 0
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION release_counts_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM release_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER release_counts_insert AFTER INSERT ON releases
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION release_counts_inserted();
--> statement-breakpoint
CREATE TRIGGER release_counts_delete AFTER DELETE ON releases
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION release_counts_deleted();
--> statement-breakpoint
CREATE TRIGGER release_counts_update AFTER UPDATE ON releases
  REFERENCING OLD TABLE AS outdated NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION release_counts_updated();
--> statement-breakpoint
CREATE TRIGGER release_counts_truncate AFTER TRUNCATE ON releases
  FOR EACH STATEMENT EXECUTE FUNCTION release_counts_truncated();
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER release_counts_insert;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER release_counts_delete;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER release_counts_update;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER release_counts_truncate;
--> statement-breakpoint
-- The releases already there (the triggers, made first, hold writers back until this commits).
INSERT INTO release_counts (status, versions, families)
  SELECT status, count(*), count(DISTINCT coalesce(original_id, id)) FROM releases GROUP BY status
  UNION ALL
  SELECT '', count(*), count(DISTINCT coalesce(original_id, id)) FROM releases;
