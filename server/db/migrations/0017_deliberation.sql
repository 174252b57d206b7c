CREATE TABLE "ballots" (
	"community_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"kind" text NOT NULL,
	"option_id" text NOT NULL,
	"household_id" text,
	"voter_id" text,
	"channel" text NOT NULL,
	"entered_by" text,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_at" timestamp with time zone,
	CONSTRAINT "ballots_community_id_topic_id_id_pk" PRIMARY KEY("community_id","topic_id","id"),
	CONSTRAINT "ballots_kind_ck" CHECK ("ballots"."kind" in ('deliberation','election')),
	CONSTRAINT "ballots_channel_ck" CHECK ("ballots"."channel" in ('online','paper')),
	CONSTRAINT "ballots_who_ck" CHECK (("ballots"."kind" = 'deliberation') = ("ballots"."household_id" is not null) and ("ballots"."kind" = 'deliberation' or "ballots"."voter_id" is not null)),
	CONSTRAINT "ballots_channel_who_ck" CHECK (("ballots"."channel" = 'paper') = ("ballots"."entered_by" is not null) and ("ballots"."kind" = 'election' or ("ballots"."channel" = 'online') = ("ballots"."voter_id" is not null)))
);
--> statement-breakpoint
CREATE TABLE "topic_links" (
	"community_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"linked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_links_community_id_topic_id_kind_target_id_pk" PRIMARY KEY("community_id","topic_id","kind","target_id"),
	CONSTRAINT "topic_links_kind_ck" CHECK ("topic_links"."kind" in ('expense','event'))
);
--> statement-breakpoint
CREATE TABLE "topic_options" (
	"community_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"photo_file_id" text,
	CONSTRAINT "topic_options_community_id_topic_id_id_pk" PRIMARY KEY("community_id","topic_id","id"),
	CONSTRAINT "topic_options_position_ck" CHECK ("topic_options"."position" between 0 and 19)
);
--> statement-breakpoint
CREATE TABLE "topic_places" (
	"community_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"estate_id" text NOT NULL,
	"building" text DEFAULT '' NOT NULL,
	CONSTRAINT "topic_places_community_id_topic_id_estate_id_building_pk" PRIMARY KEY("community_id","topic_id","estate_id","building")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"quorum_pct" integer NOT NULL,
	"pass_pct" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"meeting_event_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"result" jsonb,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "topics_kind_uq" UNIQUE("community_id","id","kind"),
	CONSTRAINT "topics_kind_ck" CHECK ("topics"."kind" in ('deliberation','election')),
	CONSTRAINT "topics_source_ck" CHECK ("topics"."source" in ('staff','appeal','project')),
	CONSTRAINT "topics_status_ck" CHECK ("topics"."status" in ('open','closed')),
	CONSTRAINT "topics_source_id_ck" CHECK (("topics"."source" = 'staff') = ("topics"."source_id" is null)),
	CONSTRAINT "topics_rule_ck" CHECK ("topics"."quorum_pct" between 0 and 100 and "topics"."pass_pct" between 1 and 100),
	CONSTRAINT "topics_window_ck" CHECK ("topics"."closes_at" > "topics"."opens_at"),
	CONSTRAINT "topics_closed_ck" CHECK (("topics"."status" = 'closed') = ("topics"."closed_at" is not null) and ("topics"."closed_at" is null) = ("topics"."result" is null)),
	CONSTRAINT "topics_resolution_ck" CHECK ("topics"."resolution" is null or "topics"."status" = 'closed')
);
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_purpose_ck";--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_community_id_topic_id_kind_topics_community_id_id_kind_fk" FOREIGN KEY ("community_id","topic_id","kind") REFERENCES "public"."topics"("community_id","id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_community_id_topic_id_option_id_topic_options_community_id_topic_id_id_fk" FOREIGN KEY ("community_id","topic_id","option_id") REFERENCES "public"."topic_options"("community_id","topic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_community_id_household_id_households_community_id_id_fk" FOREIGN KEY ("community_id","household_id") REFERENCES "public"."households"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_links" ADD CONSTRAINT "topic_links_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_links" ADD CONSTRAINT "topic_links_community_id_topic_id_topics_community_id_id_fk" FOREIGN KEY ("community_id","topic_id") REFERENCES "public"."topics"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_options" ADD CONSTRAINT "topic_options_community_id_topic_id_topics_community_id_id_fk" FOREIGN KEY ("community_id","topic_id") REFERENCES "public"."topics"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_places" ADD CONSTRAINT "topic_places_community_id_topic_id_topics_community_id_id_fk" FOREIGN KEY ("community_id","topic_id") REFERENCES "public"."topics"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_places" ADD CONSTRAINT "topic_places_community_id_estate_id_estates_community_id_id_fk" FOREIGN KEY ("community_id","estate_id") REFERENCES "public"."estates"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_household_uq" ON "ballots" USING btree ("community_id","topic_id","household_id") WHERE "ballots"."household_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_voter_uq" ON "ballots" USING btree ("community_id","topic_id","voter_id") WHERE "ballots"."household_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "topic_options_position_uq" ON "topic_options" USING btree ("community_id","topic_id","position");--> statement-breakpoint
CREATE INDEX "topics_status_idx" ON "topics" USING btree ("community_id","status","closes_at");--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_purpose_ck" CHECK ("files"."purpose" in ('appeal_photo','appeal_voice','event_cover','evidence','item_photo','survey_photo','announcement_photo','roster_sheet','topic_photo'));