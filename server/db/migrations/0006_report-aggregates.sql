-- The reports' figures, kept by triggers in the writing transaction (issue #16): at a million
-- releases a report reads a few hundred rows instead of every release and its history. They are
-- derived from the releases and the history alone, and can always be rebuilt from them (the end
-- of this file does). In a schema of their own, `reports`: they are no stored collection (not in
-- schema.ts; only server/db/reports.ts reads them). Written by hand: Drizzle's schema has no
-- triggers. The triggers fire ALWAYS, even under session_replication_role = replica: the figures
-- must follow the tables whoever writes.
--
-- What counts is what server/core/reports/ says: "published now" is status 'published' with a
-- publishedAt; a version's first publication is its history's first entry to 'published', else
-- its publishedAt; months are UTC; times are whole milliseconds.
--
-- published_months     per month, the releases published now with their publishedAt in it.
-- reference_counts     per field operation and field of work, the releases published now that list it.
-- review_waits         one row per approval the review turnaround counts (the entry before it among its
--                      release's submissions and approvals is a submission), with the milliseconds from
--                      that submission; rebuilt per release when a submission or an approval is added.
-- translation_waits    one row per translation live now (published, first publication known): its first
--                      publication and the milliseconds since its original's (0 when the original never
--                      went out, or went out later); rebuilt per family.
-- family_coverage      per family whose original is live now: the original's month and language
--                      (originals = 1), and each other language it has a live translation into (covered = 1).
-- coverage_months      the coverage summed per month of the original and language.
-- *_buckets            how many waits fall in each whole hour, per month (and language): they tell which
--                      hour holds a given rank, so that a median or a 90th percentile reads one hour's
--                      waits from the index instead of sorting a period's.
--
-- Concurrent writers: a rebuild takes a lock on its families (or releases) first, so that it
-- sees what an earlier writer of the same ones committed; counts move by upserts in key order.
CREATE SCHEMA reports;
--> statement-breakpoint
CREATE TABLE reports.published_months (
  month date PRIMARY KEY,
  count int NOT NULL
);
--> statement-breakpoint
CREATE TABLE reports.reference_counts (
  field text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (field, id)
);
--> statement-breakpoint
CREATE TABLE reports.review_waits (
  approval_id text COLLATE "C" PRIMARY KEY,
  release_id text COLLATE "C" NOT NULL,
  month date NOT NULL,
  waited bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX review_waits_release_idx ON reports.review_waits (release_id);
--> statement-breakpoint
CREATE INDEX review_waits_rank_idx ON reports.review_waits (month, waited);
--> statement-breakpoint
CREATE TABLE reports.review_buckets (
  month date NOT NULL,
  hour bigint NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (month, hour)
);
--> statement-breakpoint
CREATE TABLE reports.translation_waits (
  release_id text COLLATE "C" PRIMARY KEY,
  family text COLLATE "C" NOT NULL,
  language text COLLATE "C" NOT NULL,
  first_at timestamptz(3) NOT NULL,
  waited bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX translation_waits_family_idx ON reports.translation_waits (family);
--> statement-breakpoint
CREATE INDEX translation_waits_rank_idx ON reports.translation_waits (language, waited) INCLUDE (first_at);
--> statement-breakpoint
CREATE TABLE reports.translation_buckets (
  month date NOT NULL,
  language text COLLATE "C" NOT NULL,
  hour bigint NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (month, language, hour)
);
--> statement-breakpoint
CREATE TABLE reports.family_coverage (
  family text COLLATE "C" NOT NULL,
  language text COLLATE "C" NOT NULL,
  month date NOT NULL,
  originals int NOT NULL,
  covered int NOT NULL,
  PRIMARY KEY (family, language)
);
--> statement-breakpoint
CREATE TABLE reports.coverage_months (
  month date NOT NULL,
  language text COLLATE "C" NOT NULL,
  originals int NOT NULL,
  covered int NOT NULL,
  PRIMARY KEY (month, language)
);
--> statement-breakpoint
CREATE FUNCTION reports.month(at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', at AT TIME ZONE 'UTC')::date $$;
--> statement-breakpoint
CREATE FUNCTION reports.milliseconds(from_at timestamptz, to_at timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT round((extract(epoch FROM to_at) - extract(epoch FROM from_at)) * 1000)::bigint
$$;
--> statement-breakpoint
-- A version's first publication: its history's first entry to 'published', else its publishedAt.
CREATE FUNCTION reports.first_publication(release_id text, published_at timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT min(entry.at) FROM history AS entry WHERE entry.release_id = $1 AND entry.to_status = 'published'),
    $2)
$$;
--> statement-breakpoint
-- Serializes the rebuilds of the same keys (families or releases, `class` tells which) across
-- transactions: a rebuild waits for the one before it to commit, then (READ COMMITTED, a new
-- statement) sees what it wrote. A few keys lock each (in one order: no deadlock between two
-- rebuilds); many (a seed, a bulk import) lock the class whole, as the lock table holds only so
-- many locks.
CREATE FUNCTION reports.lock(class int, keys text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(keys) > 64 THEN
    PERFORM pg_advisory_xact_lock(7120016, class);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(7120016, class);
    PERFORM pg_advisory_xact_lock(class, hash)
      FROM (SELECT DISTINCT hashtext(key) AS hash FROM unnest(keys) AS key ORDER BY 1) AS ordered;
  END IF;
END
$$;
--> statement-breakpoint
-- The review turnaround's approvals of `releases`, from their history as it is now.
CREATE FUNCTION reports.rebuild_reviews(releases text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  moved jsonb;
BEGIN
  IF coalesce(cardinality(releases), 0) = 0 THEN
    RETURN;
  END IF;
  PERFORM reports.lock(1, releases);
  WITH gone AS (
    DELETE FROM reports.review_waits AS wait USING unnest(releases) AS release(id)
    WHERE wait.release_id = release.id RETURNING wait.month, wait.waited
  )
  SELECT jsonb_agg(jsonb_build_array(month, waited / 3600000, -1)) INTO moved FROM gone;
  WITH fresh AS (
    INSERT INTO reports.review_waits (approval_id, release_id, month, waited)
    SELECT id, release_id, reports.month(at), reports.milliseconds(before_at, at) FROM (
      SELECT entry.id, entry.release_id, entry.kind, entry.at,
        lag(entry.kind) OVER entries AS before_kind, lag(entry.at) OVER entries AS before_at
      FROM unnest(releases) AS release(id)
      JOIN history AS entry ON entry.release_id = release.id
      WHERE entry.kind IN ('submit', 'approve')
      WINDOW entries AS (PARTITION BY entry.release_id ORDER BY entry.at, entry.seq)
    ) AS entries
    WHERE kind = 'approve' AND before_kind = 'submit'
    RETURNING month, waited
  )
  SELECT coalesce(moved, '[]') || coalesce(jsonb_agg(jsonb_build_array(month, waited / 3600000, 1)), '[]')
    INTO moved FROM fresh;
  INSERT INTO reports.review_buckets AS total (month, hour, count)
    SELECT (change->>0)::date, (change->>1)::bigint, sum((change->>2)::int)
    FROM jsonb_array_elements(moved) AS change
    GROUP BY 1, 2 HAVING sum((change->>2)::int) <> 0 ORDER BY 1, 2
    ON CONFLICT (month, hour) DO UPDATE SET count = total.count + excluded.count;
END
$$;
--> statement-breakpoint
-- The translation figures of `families` (each named by its original's id), from their versions
-- and histories as they are now. The counts move by one statement each (taken away and added
-- together, their rows locked in one order), so two rebuilds of other families cannot deadlock.
CREATE FUNCTION reports.rebuild_families(families text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  gone_coverage jsonb;
  gone_waits jsonb;
BEGIN
  IF coalesce(cardinality(families), 0) = 0 THEN
    RETURN;
  END IF;
  PERFORM reports.lock(2, families);
  WITH gone AS (
    DELETE FROM reports.family_coverage AS coverage USING unnest(families) AS family(id)
    WHERE coverage.family = family.id RETURNING coverage.month, coverage.language, coverage.originals, coverage.covered
  )
  SELECT coalesce(jsonb_agg(jsonb_build_array(month, language, -originals, -covered)), '[]')
    INTO gone_coverage FROM gone;
  WITH gone AS (
    DELETE FROM reports.translation_waits AS wait USING unnest(families) AS family(id)
    WHERE wait.family = family.id RETURNING reports.month(wait.first_at) AS month, wait.language, wait.waited
  )
  SELECT coalesce(jsonb_agg(jsonb_build_array(month, language, waited / 3600000, -1)), '[]')
    INTO gone_waits FROM gone;
  WITH member AS (
    SELECT release.id, release.original_id, release.language, first_at,
      release.status = 'published' AND first_at IS NOT NULL AS live
    FROM unnest(families) AS family(id)
    JOIN releases AS release ON coalesce(release.original_id, release.id) = family.id
    CROSS JOIN LATERAL reports.first_publication(release.id, release.published_at) AS first_at
  ), fresh_waits AS (
    INSERT INTO reports.translation_waits (release_id, family, language, first_at, waited)
    SELECT translation.id, translation.original_id, translation.language, translation.first_at,
      CASE WHEN original.first_at IS NULL THEN 0
        ELSE greatest(0, reports.milliseconds(original.first_at, translation.first_at)) END
    FROM member AS translation
    LEFT JOIN member AS original ON original.id = translation.original_id AND original.original_id IS NULL
    WHERE translation.original_id IS NOT NULL AND translation.live
    RETURNING reports.month(first_at) AS month, language, waited
  ), moved_waits AS (
    INSERT INTO reports.translation_buckets AS total (month, language, hour, count)
    SELECT month, language, hour, sum(count) FROM (
      SELECT month, language, waited / 3600000 AS hour, 1 AS count FROM fresh_waits
      UNION ALL
      SELECT (change->>0)::date, change->>1, (change->>2)::bigint, (change->>3)::int
      FROM jsonb_array_elements(gone_waits) AS change
    ) AS moved
    GROUP BY 1, 2, 3 HAVING sum(count) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (month, language, hour) DO UPDATE SET count = total.count + excluded.count
  ), fresh_coverage AS (
    INSERT INTO reports.family_coverage (family, language, month, originals, covered)
    SELECT original.id, original.language, reports.month(original.first_at), 1, 0
    FROM member AS original WHERE original.original_id IS NULL AND original.live
    UNION ALL
    SELECT original.id, translation.language, reports.month(original.first_at), 0, 1
    FROM member AS original
    JOIN member AS translation
      ON translation.original_id = original.id AND translation.live AND translation.language <> original.language
    WHERE original.original_id IS NULL AND original.live
    GROUP BY original.id, translation.language, original.first_at
    RETURNING month, language, originals, covered
  )
  INSERT INTO reports.coverage_months AS total (month, language, originals, covered)
    SELECT month, language, sum(originals), sum(covered) FROM (
      SELECT month, language, originals, covered FROM fresh_coverage
      UNION ALL
      SELECT (change->>0)::date, change->>1, (change->>2)::int, (change->>3)::int
      FROM jsonb_array_elements(gone_coverage) AS change
    ) AS moved
    GROUP BY 1, 2 HAVING sum(originals) <> 0 OR sum(covered) <> 0 ORDER BY 1, 2
    ON CONFLICT (month, language) DO UPDATE
      SET originals = total.originals + excluded.originals, covered = total.covered + excluded.covered;
END
$$;
--> statement-breakpoint
-- What a statement on releases moved: `changes` holds one [sign, published, month, field
-- operation ids, field of work ids, family] per row (+1 as it is now, -1 as it was); `families`
-- whether the families' translation figures may have moved too.
CREATE FUNCTION reports.releases_moved(changes jsonb, families boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reports.published_months AS total (month, count)
    SELECT (change->>2)::date, sum((change->>0)::int) FROM jsonb_array_elements(changes) AS change
    WHERE (change->>1)::boolean GROUP BY 1 HAVING sum((change->>0)::int) <> 0 ORDER BY 1
    ON CONFLICT (month) DO UPDATE SET count = total.count + excluded.count;
  INSERT INTO reports.reference_counts AS total (field, id, count)
    SELECT field, id, sum(sign) FROM (
      SELECT 'fieldOperationIds' AS field, jsonb_array_elements_text(change->3) AS id, (change->>0)::int AS sign
      FROM jsonb_array_elements(changes) AS change WHERE (change->>1)::boolean
      UNION ALL
      SELECT 'fieldOfWorkIds', jsonb_array_elements_text(change->4), (change->>0)::int
      FROM jsonb_array_elements(changes) AS change WHERE (change->>1)::boolean
    ) AS named
    GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (field, id) DO UPDATE SET count = total.count + excluded.count;
  IF families THEN
    PERFORM reports.rebuild_families(ARRAY(
      SELECT DISTINCT change->>5 FROM jsonb_array_elements(changes) AS change ORDER BY 1));
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION reports.release_change(sign int, release releases) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    sign, release.status = 'published' AND release.published_at IS NOT NULL, reports.month(release.published_at),
    to_jsonb(release.field_operation_ids), to_jsonb(release.field_of_work_ids), coalesce(release.original_id, release.id))
$$;
--> statement-breakpoint
CREATE FUNCTION reports.releases_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM reports.releases_moved(jsonb_agg(reports.release_change(1, inserted)), true) FROM inserted HAVING count(*) > 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION reports.releases_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM reports.releases_moved(jsonb_agg(reports.release_change(-1, deleted)), true) FROM deleted HAVING count(*) > 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Row by row, and only when what the reports read changed (the trigger's WHEN): an edit of a
-- release's words, a new assignee or a step of review before publication moves nothing. The
-- families are rebuilt only when a version's liveness, first publication or family may have moved.
CREATE FUNCTION reports.release_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM reports.releases_moved(
    jsonb_build_array(reports.release_change(-1, OLD), reports.release_change(1, NEW)),
    (OLD.status = 'published') <> (NEW.status = 'published')
      OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.original_id IS DISTINCT FROM NEW.original_id
      OR OLD.language IS DISTINCT FROM NEW.language OR OLD.id IS DISTINCT FROM NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION reports.history_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM reports.rebuild_reviews(ARRAY(
    SELECT DISTINCT release_id FROM inserted WHERE kind IN ('submit', 'approve') ORDER BY 1));
  PERFORM reports.rebuild_families(ARRAY(
    SELECT DISTINCT coalesce(release.original_id, release.id)
    FROM (SELECT DISTINCT release_id FROM inserted WHERE to_status = 'published') AS published
    JOIN releases AS release ON release.id = published.release_id
    ORDER BY 1));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Emptying the releases empties their figures; the review's come from the history alone, which
-- refuses TRUNCATE (migration 0001) unless a test lifts that to empty every table at once: they
-- are rebuilt from what history is left (none, then).
CREATE FUNCTION reports.releases_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE reports.published_months, reports.reference_counts, reports.translation_waits,
    reports.translation_buckets, reports.family_coverage, reports.coverage_months,
    reports.review_waits, reports.review_buckets;
  PERFORM reports.rebuild_reviews(ARRAY(SELECT DISTINCT release_id FROM history WHERE kind = 'approve'));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION reports.history_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE reports.review_waits, reports.review_buckets;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_releases_insert AFTER INSERT ON releases
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION reports.releases_inserted();
--> statement-breakpoint
CREATE TRIGGER report_releases_delete AFTER DELETE ON releases
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION reports.releases_deleted();
--> statement-breakpoint
CREATE TRIGGER report_release_update AFTER UPDATE ON releases
  FOR EACH ROW
  WHEN ((OLD.status = 'published') <> (NEW.status = 'published') OR OLD.published_at IS DISTINCT FROM NEW.published_at
    OR OLD.original_id IS DISTINCT FROM NEW.original_id OR OLD.language IS DISTINCT FROM NEW.language
    OR OLD.id IS DISTINCT FROM NEW.id
    OR OLD.field_operation_ids IS DISTINCT FROM NEW.field_operation_ids
    OR OLD.field_of_work_ids IS DISTINCT FROM NEW.field_of_work_ids)
  EXECUTE FUNCTION reports.release_updated();
--> statement-breakpoint
CREATE TRIGGER report_releases_truncate AFTER TRUNCATE ON releases
  FOR EACH STATEMENT EXECUTE FUNCTION reports.releases_truncated();
--> statement-breakpoint
CREATE TRIGGER report_history_insert AFTER INSERT ON history
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION reports.history_inserted();
--> statement-breakpoint
CREATE TRIGGER report_history_truncate AFTER TRUNCATE ON history
  FOR EACH STATEMENT EXECUTE FUNCTION reports.history_truncated();
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER report_releases_insert;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER report_releases_delete;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER report_release_update;
--> statement-breakpoint
ALTER TABLE releases ENABLE ALWAYS TRIGGER report_releases_truncate;
--> statement-breakpoint
ALTER TABLE history ENABLE ALWAYS TRIGGER report_history_insert;
--> statement-breakpoint
ALTER TABLE history ENABLE ALWAYS TRIGGER report_history_truncate;
--> statement-breakpoint
-- The releases and history already there (the triggers, made first, hold writers back until this commits).
INSERT INTO reports.published_months (month, count)
  SELECT reports.month(published_at), count(*) FROM releases
  WHERE status = 'published' AND published_at IS NOT NULL GROUP BY 1;
--> statement-breakpoint
INSERT INTO reports.reference_counts (field, id, count)
  SELECT 'fieldOperationIds', named.id, count(*) FROM releases, unnest(releases.field_operation_ids) AS named(id)
  WHERE status = 'published' AND published_at IS NOT NULL GROUP BY 2
  UNION ALL
  SELECT 'fieldOfWorkIds', named.id, count(*) FROM releases, unnest(releases.field_of_work_ids) AS named(id)
  WHERE status = 'published' AND published_at IS NOT NULL GROUP BY 2;
--> statement-breakpoint
SELECT reports.rebuild_reviews(ARRAY(SELECT DISTINCT release_id FROM history WHERE kind = 'approve'));
--> statement-breakpoint
SELECT reports.rebuild_families(ARRAY(SELECT id FROM releases WHERE original_id IS NULL
  UNION SELECT DISTINCT original_id FROM releases WHERE original_id IS NOT NULL));
