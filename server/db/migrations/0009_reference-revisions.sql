-- reference_revisions (schema.ts): a new random revision of a small collection's table in the
-- same transaction as any write to it, so that the server's cache of those tables in process
-- memory (server/db/reference-cache.ts) is current exactly when its revision is the stored one.
-- A row, not a sequence: nextval is not undone by a rollback and is seen before the write
-- commits, so a reader could keep old rows under the new revision; this row's new value is
-- seen together with the write, never before it, and never if the write is undone. Random, not
-- counted: the tests TRUNCATE every table, this one too, and a count starting again could
-- bring back a revision that a process still keeps with older rows.
-- Statement-level AFTER triggers (TRUNCATE too), fired ALWAYS: whoever writes, even under
-- session_replication_role = replica (the tests' reseed), the cache must learn of it.
CREATE TABLE "reference_revisions" (
	"table_name" text PRIMARY KEY NOT NULL,
	"revision" uuid NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION reference_revision_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reference_revisions (table_name, revision) VALUES (TG_TABLE_NAME, gen_random_uuid())
    ON CONFLICT (table_name) DO UPDATE SET revision = excluded.revision;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  cached text;
BEGIN
  FOREACH cached IN ARRAY ARRAY['users', 'states', 'chairpersonships', 'field_operations', 'fields_of_work',
    'languages', 'structures']
  LOOP
    EXECUTE format('CREATE TRIGGER reference_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
      ' FOR EACH STATEMENT EXECUTE FUNCTION reference_revision_changed()', cached);
    EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER reference_revision', cached);
    INSERT INTO reference_revisions (table_name, revision) VALUES (cached, gen_random_uuid());
  END LOOP;
END
$$;
