-- The history is append-only (decision 0021): no UPDATE, DELETE or TRUNCATE, whoever asks,
-- the app or a person at a SQL prompt. Written by hand: Drizzle's schema has no triggers.
CREATE FUNCTION history_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER history_no_update_or_delete
  BEFORE UPDATE OR DELETE ON history
  FOR EACH ROW EXECUTE FUNCTION history_refuse_change();
--> statement-breakpoint
CREATE TRIGGER history_no_truncate
  BEFORE TRUNCATE ON history
  FOR EACH STATEMENT EXECUTE FUNCTION history_refuse_change();
