CREATE TABLE "release_counts" (
	"status" text COLLATE "C" PRIMARY KEY NOT NULL,
	"versions" bigint NOT NULL,
	"families" bigint NOT NULL
);
--> statement-breakpoint
DROP INDEX "releases_submitted_at_idx";--> statement-breakpoint
DROP INDEX "releases_published_at_idx";--> statement-breakpoint
CREATE INDEX "releases_status_updated_at_idx" ON "releases" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "releases_status_order_idx" ON "releases" USING btree (array_position('{draft,in-review,changes-requested,scheduled,published,withdrawn}'::text[], "status"),"id");--> statement-breakpoint
CREATE INDEX "releases_publication_idx" ON "releases" USING btree ((CASE "status" WHEN 'scheduled' THEN "scheduled_at" WHEN 'published' THEN "published_at" END) ASC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "releases_publication_desc_idx" ON "releases" USING btree ((CASE "status" WHEN 'scheduled' THEN "scheduled_at" WHEN 'published' THEN "published_at" END) DESC NULLS LAST,"id" DESC);--> statement-breakpoint
CREATE INDEX "releases_submitted_at_idx" ON "releases" USING btree ("submitted_at" NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "releases_published_at_idx" ON "releases" USING btree ("published_at" NULLS FIRST,"id");