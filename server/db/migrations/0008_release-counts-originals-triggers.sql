-- The kept counts also count originals (release_counts.originals, per status and in all): a
-- family without its original (deleted, as a draft may be) is the families less the originals,
-- and when there is none an unfiltered grouped list is the originals alone, read in order from
-- the partial indexes of its sort (schema.ts). Written by hand: Drizzle's schema has no triggers.
-- release_counts_apply takes each change's originals as well; the rest is as in 0005.
-- Writers wait until this commits: none counts by the old functions after the originals are counted.
LOCK TABLE releases IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE FUNCTION release_counts_apply(family_keys text[], statuses text[], deltas bigint[], original_deltas bigint[]) RETURNS void
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
    SELECT '' FROM unnest(family_keys, deltas, original_deltas) AS change(family, delta, originals)
      GROUP BY family HAVING sum(delta) <> 0 OR sum(originals) <> 0
  ) changed;
  INSERT INTO release_counts (status, versions, families, originals)
    SELECT status, 0, 0, 0 FROM unnest(touched) AS status
    ON CONFLICT (status) DO NOTHING;
  PERFORM 1 FROM release_counts WHERE status = ANY (touched) ORDER BY status FOR UPDATE;
  -- The versions a family has now (this statement's changes included), and had before it.
  WITH change AS (
    SELECT * FROM unnest(family_keys, statuses, deltas, original_deltas) AS change(family, status, delta, originals)
  ), in_status AS (
    SELECT change.status, change.delta AS versions,
      (now.n > 0)::int - (now.n - change.delta > 0)::int AS families, change.originals
    FROM change CROSS JOIN LATERAL (
      SELECT count(*) AS n FROM releases
      WHERE coalesce(releases.original_id, releases.id) = change.family AND releases.status = change.status
    ) now
  ), family_change AS (
    SELECT family, sum(delta) AS delta, sum(originals) AS originals FROM change GROUP BY family
  ), in_all AS (
    SELECT ''::text AS status, family_change.delta AS versions,
      (now.n > 0)::int - (now.n - family_change.delta > 0)::int AS families, family_change.originals
    FROM family_change CROSS JOIN LATERAL (
      SELECT count(*) AS n FROM releases WHERE coalesce(releases.original_id, releases.id) = family_change.family
    ) now
    WHERE family_change.delta <> 0 OR family_change.originals <> 0
  )
  UPDATE release_counts SET versions = release_counts.versions + total.versions,
    families = release_counts.families + total.families,
    originals = release_counts.originals + total.originals
  FROM (
    SELECT status, sum(versions) AS versions, sum(families) AS families, sum(originals) AS originals
    FROM (SELECT * FROM in_status UNION ALL SELECT * FROM in_all) moved GROUP BY status
  ) total
  WHERE release_counts.status = total.status;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION release_counts_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta), array_agg(originals)) FROM (
    SELECT coalesce(original_id, id) AS family, status, count(*) AS delta, count(*) FILTER (WHERE original_id IS NULL) AS originals
    FROM inserted GROUP BY 1, 2
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION release_counts_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta), array_agg(originals)) FROM (
    SELECT coalesce(original_id, id) AS family, status, -count(*) AS delta, -count(*) FILTER (WHERE original_id IS NULL) AS originals
    FROM deleted GROUP BY 1, 2
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION release_counts_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM release_counts_apply(array_agg(family), array_agg(status), array_agg(delta), array_agg(originals)) FROM (
    SELECT family, status, sum(delta)::bigint AS delta, sum(originals)::bigint AS originals FROM (
      SELECT coalesce(original_id, id) AS family, status, 1 AS delta, (original_id IS NULL)::int AS originals FROM updated
      UNION ALL
      SELECT coalesce(original_id, id), status, -1, -(original_id IS NULL)::int FROM outdated
    ) moved
    GROUP BY 1, 2 HAVING sum(delta) <> 0 OR sum(originals) <> 0
  ) change;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP FUNCTION release_counts_apply(text[], text[], bigint[]);
--> statement-breakpoint
-- The originals already there.
UPDATE release_counts SET originals = counted.originals
  FROM (
    SELECT status, count(*) AS originals FROM releases WHERE original_id IS NULL GROUP BY status
    UNION ALL
    SELECT '', count(*) FROM releases WHERE original_id IS NULL
  ) counted
  WHERE release_counts.status = counted.status;
