CREATE TABLE "survey_comments" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"round_id" text NOT NULL,
	"target_id" text NOT NULL,
	"choice" text NOT NULL,
	"words" text NOT NULL,
	CONSTRAINT "survey_comments_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "survey_comments_choice_ck" CHECK ("survey_comments"."choice" in ('satisfied','basic','dissatisfied')),
	CONSTRAINT "survey_comments_words_ck" CHECK (length("survey_comments"."words") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "survey_raters" (
	"community_id" text NOT NULL,
	"round_id" text NOT NULL,
	"target_id" text NOT NULL,
	"resident_id" text NOT NULL,
	"entered_by" text,
	"rated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_raters_community_id_round_id_target_id_resident_id_pk" PRIMARY KEY("community_id","round_id","target_id","resident_id")
);
--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "survey_rounds_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "survey_rounds_status_ck" CHECK ("survey_rounds"."status" in ('open','closed')),
	CONSTRAINT "survey_rounds_closed_ck" CHECK (("survey_rounds"."status" = 'closed') = ("survey_rounds"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "survey_settings" (
	"community_id" text PRIMARY KEY NOT NULL,
	"flag_below" integer DEFAULT 80 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_settings_flag_ck" CHECK ("survey_settings"."flag_below" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "survey_tallies" (
	"community_id" text NOT NULL,
	"round_id" text NOT NULL,
	"target_id" text NOT NULL,
	"choice" text NOT NULL,
	"times_chosen" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_tallies_community_id_round_id_target_id_choice_pk" PRIMARY KEY("community_id","round_id","target_id","choice"),
	CONSTRAINT "survey_tallies_choice_ck" CHECK ("survey_tallies"."choice" in ('satisfied','basic','dissatisfied')),
	CONSTRAINT "survey_tallies_times_ck" CHECK ("survey_tallies"."times_chosen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_targets" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"round_id" text NOT NULL,
	"kind" text NOT NULL,
	"cadre_id" text,
	"appeal_id" text,
	"name" text NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"sort" integer NOT NULL,
	CONSTRAINT "survey_targets_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "survey_targets_kind_ck" CHECK ("survey_targets"."kind" in ('cadre','project')),
	CONSTRAINT "survey_targets_cadre_ck" CHECK (("survey_targets"."kind" = 'cadre') = ("survey_targets"."cadre_id" is not null)),
	CONSTRAINT "survey_targets_appeal_ck" CHECK ("survey_targets"."kind" = 'project' or "survey_targets"."appeal_id" is null)
);
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_purpose_ck";--> statement-breakpoint
ALTER TABLE "survey_comments" ADD CONSTRAINT "survey_comments_community_id_target_id_survey_targets_community_id_id_fk" FOREIGN KEY ("community_id","target_id") REFERENCES "public"."survey_targets"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_raters" ADD CONSTRAINT "survey_raters_resident_id_users_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_raters" ADD CONSTRAINT "survey_raters_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_raters" ADD CONSTRAINT "survey_raters_community_id_target_id_survey_targets_community_id_id_fk" FOREIGN KEY ("community_id","target_id") REFERENCES "public"."survey_targets"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_settings" ADD CONSTRAINT "survey_settings_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_settings" ADD CONSTRAINT "survey_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_community_id_target_id_survey_targets_community_id_id_fk" FOREIGN KEY ("community_id","target_id") REFERENCES "public"."survey_targets"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_cadre_id_users_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_community_id_round_id_survey_rounds_community_id_id_fk" FOREIGN KEY ("community_id","round_id") REFERENCES "public"."survey_rounds"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_community_id_appeal_id_appeals_community_id_id_fk" FOREIGN KEY ("community_id","appeal_id") REFERENCES "public"."appeals"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_comments_target_idx" ON "survey_comments" USING btree ("community_id","round_id","target_id");--> statement-breakpoint
CREATE INDEX "survey_raters_resident_idx" ON "survey_raters" USING btree ("community_id","round_id","resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_rounds_title_uq" ON "survey_rounds" USING btree ("community_id","title");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_rounds_one_open_uq" ON "survey_rounds" USING btree ("community_id") WHERE "survey_rounds"."status" = 'open';--> statement-breakpoint
CREATE INDEX "survey_targets_round_idx" ON "survey_targets" USING btree ("community_id","round_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_targets_cadre_uq" ON "survey_targets" USING btree ("community_id","round_id","cadre_id");--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_purpose_ck" CHECK ("files"."purpose" in ('appeal_photo','appeal_voice','event_cover','evidence','item_photo','survey_photo'));