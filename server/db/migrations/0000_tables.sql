CREATE TABLE "chairpersonships" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "chairpersonships_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"state_id" text COLLATE "C" NOT NULL,
	"chair_in_office_name" text NOT NULL,
	"chair_in_office_title" text NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "comments_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"release_id" text COLLATE "C" NOT NULL,
	"author_id" text COLLATE "C" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_operations" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "field_operations_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"location" text NOT NULL,
	"host_state_id" text COLLATE "C",
	"head" text,
	"opened" integer NOT NULL,
	"closed" integer,
	"language_codes" text[],
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fields_of_work" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "fields_of_work_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "history_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"release_id" text COLLATE "C" NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" text COLLATE "C",
	"at" timestamp (3) with time zone NOT NULL,
	"comment" text,
	"publish_at" timestamp (3) with time zone,
	"content_title" text,
	"content_summary" text,
	"content_body" text,
	"original_revision" integer,
	"content_before_title" text,
	"content_before_summary" text,
	"content_before_body" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"body" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "languages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"native_name" text NOT NULL,
	"script" text NOT NULL,
	"official" boolean NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"recipient_id" text COLLATE "C" NOT NULL,
	"release_id" text COLLATE "C" NOT NULL,
	"actor_id" text COLLATE "C",
	"kind" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"comment" text,
	"read" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"dateline_place" text NOT NULL,
	"dateline_date" date NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"source_ids" text[] NOT NULL,
	"field_of_work_ids" text[] NOT NULL,
	"state_ids" text[] NOT NULL,
	"field_operation_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"scheduled_at" timestamp (3) with time zone,
	"published_at" timestamp (3) with time zone,
	"submitted_at" timestamp (3) with time zone,
	"changes_requested_at" timestamp (3) with time zone,
	"author_id" text COLLATE "C" NOT NULL,
	"updated_by_id" text COLLATE "C",
	"content_edited_by_id" text COLLATE "C",
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"metadata_updated_at" timestamp (3) with time zone,
	"original_id" text COLLATE "C",
	"content_revision" integer,
	"based_on_revision" integer,
	"based_on_title" text,
	"based_on_summary" text,
	"based_on_body" text,
	"version" integer NOT NULL,
	"absent_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token" text PRIMARY KEY NOT NULL,
	"user_id" text COLLATE "C" NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "states" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "states_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"iso2" text NOT NULL,
	"kind" text NOT NULL,
	"capital" text,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "structures_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"source_name" text NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "users_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "comments_release_idx" ON "comments" USING btree ("release_id","created_at","seq");--> statement-breakpoint
CREATE INDEX "history_release_idx" ON "history" USING btree ("release_id","at","seq");--> statement-breakpoint
CREATE INDEX "history_at_idx" ON "history" USING btree ("at");--> statement-breakpoint
CREATE INDEX "idempotency_records_at_idx" ON "idempotency_records" USING btree ("at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","at");--> statement-breakpoint
CREATE INDEX "notifications_release_idx" ON "notifications" USING btree ("release_id");--> statement-breakpoint
CREATE INDEX "releases_status_idx" ON "releases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "releases_type_idx" ON "releases" USING btree ("type");--> statement-breakpoint
CREATE INDEX "releases_language_idx" ON "releases" USING btree ("language");--> statement-breakpoint
CREATE INDEX "releases_author_id_idx" ON "releases" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "releases_family_idx" ON "releases" USING btree (coalesce("original_id", "id"));--> statement-breakpoint
CREATE INDEX "releases_source_ids_idx" ON "releases" USING gin ("source_ids");--> statement-breakpoint
CREATE INDEX "releases_field_of_work_ids_idx" ON "releases" USING gin ("field_of_work_ids");--> statement-breakpoint
CREATE INDEX "releases_state_ids_idx" ON "releases" USING gin ("state_ids");--> statement-breakpoint
CREATE INDEX "releases_field_operation_ids_idx" ON "releases" USING gin ("field_operation_ids");--> statement-breakpoint
CREATE INDEX "releases_search_idx" ON "releases" USING gin ("search");--> statement-breakpoint
CREATE INDEX "releases_dateline_date_idx" ON "releases" USING btree ("dateline_date","id");--> statement-breakpoint
CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "releases_submitted_at_idx" ON "releases" USING btree ("submitted_at","id");--> statement-breakpoint
CREATE INDEX "releases_published_at_idx" ON "releases" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "releases_scheduled_at_idx" ON "releases" USING btree ("scheduled_at","id");--> statement-breakpoint
CREATE INDEX "releases_title_idx" ON "releases" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "releases_due_idx" ON "releases" USING btree ("scheduled_at","id") WHERE "releases"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");