DROP INDEX "releases_dateline_date_idx";--> statement-breakpoint
DROP INDEX "releases_title_idx";--> statement-breakpoint
CREATE INDEX "releases_dateline_idx" ON "releases" USING btree ("dateline_date","title" COLLATE title_order,"id");--> statement-breakpoint
CREATE INDEX "releases_title_order_idx" ON "releases" USING btree ("title" COLLATE title_order,"id");