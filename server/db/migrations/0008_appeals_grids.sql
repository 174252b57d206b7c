CREATE TABLE "appeal_categories" (
	"community_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"accept_working_days" integer DEFAULT 1 NOT NULL,
	"finish_days" integer DEFAULT 7 NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeal_categories_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "appeal_categories_days_ck" CHECK ("appeal_categories"."accept_working_days" between 0 and 30 and "appeal_categories"."finish_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "appeal_entries" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "appeal_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"appeal_id" text NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text,
	"words" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "appeal_entries_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "appeal_entries_kind_ck" CHECK ("appeal_entries"."kind" in ('submitted','recorded','accepted','assigned','reassigned','progress','closed','rated','reopened','sorted','linked','unlinked','overdue','rerouted')),
	CONSTRAINT "appeal_entries_photos_ck" CHECK (jsonb_array_length("appeal_entries"."photos") <= 6)
);
--> statement-breakpoint
CREATE TABLE "appeal_links" (
	"community_id" text NOT NULL,
	"appeal_id" text NOT NULL,
	"kind" text NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeal_links_community_id_appeal_id_kind_target_id_pk" PRIMARY KEY("community_id","appeal_id","kind","target_id"),
	CONSTRAINT "appeal_links_kind_ck" CHECK ("appeal_links"."kind" in ('expense','event'))
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"category_id" text NOT NULL,
	"submitter_id" text NOT NULL,
	"recorded_by" text,
	"channel" text NOT NULL,
	"words" text NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"voice_file_id" text,
	"voice_seconds" integer,
	"transcript" text,
	"transcript_source" text,
	"estate_id" text NOT NULL,
	"building" text NOT NULL,
	"grid_id" text,
	"name_public" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"ending" text,
	"responsible_id" text,
	"list" text,
	"duplicate_of" text,
	"accept_by" timestamp with time zone NOT NULL,
	"finish_by" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"closed_at" timestamp with time zone,
	"closing_words" text,
	"reopened_at" timestamp with time zone,
	"stars" integer,
	"rating_words" text,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appeals_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "appeals_status_ck" CHECK ("appeals"."status" in ('submitted','accepted','closed')),
	CONSTRAINT "appeals_channel_ck" CHECK ("appeals"."channel" in ('visit','mailbox','yard_meeting','phone','online')),
	CONSTRAINT "appeals_ending_ck" CHECK ("appeals"."ending" is null or "appeals"."ending" in ('resolved','explained','refused')),
	CONSTRAINT "appeals_list_ck" CHECK ("appeals"."list" is null or "appeals"."list" in ('needs','problems','projects')),
	CONSTRAINT "appeals_transcript_ck" CHECK ("appeals"."transcript_source" is null or "appeals"."transcript_source" in ('asr','stand_in')),
	CONSTRAINT "appeals_closed_ck" CHECK (("appeals"."status" = 'closed') = ("appeals"."ending" is not null and "appeals"."closed_at" is not null)),
	CONSTRAINT "appeals_accepted_ck" CHECK (("appeals"."status" = 'submitted') = ("appeals"."accepted_at" is null)),
	CONSTRAINT "appeals_finish_ck" CHECK ("appeals"."accepted_at" is null or "appeals"."finish_by" is not null),
	CONSTRAINT "appeals_duplicate_ck" CHECK ("appeals"."duplicate_of" is null or ("appeals"."ending" = 'refused' and "appeals"."duplicate_of" <> "appeals"."id")),
	CONSTRAINT "appeals_stars_ck" CHECK ("appeals"."stars" is null or "appeals"."stars" between 1 and 5),
	CONSTRAINT "appeals_rated_ck" CHECK (("appeals"."stars" is null) = ("appeals"."rated_at" is null)),
	CONSTRAINT "appeals_photos_ck" CHECK (jsonb_array_length("appeals"."photos") <= 6),
	CONSTRAINT "appeals_voice_ck" CHECK ("appeals"."voice_seconds" is null or "appeals"."voice_seconds" between 0 and 60)
);
--> statement-breakpoint
CREATE TABLE "grid_buildings" (
	"community_id" text NOT NULL,
	"estate_id" text NOT NULL,
	"building" text NOT NULL,
	"grid_id" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_buildings_community_id_estate_id_building_pk" PRIMARY KEY("community_id","estate_id","building")
);
--> statement-breakpoint
CREATE TABLE "grid_moves" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"estate_id" text NOT NULL,
	"building" text NOT NULL,
	"from_grid_id" text,
	"to_grid_id" text,
	"rerouted_appeals" integer DEFAULT 0 NOT NULL,
	"actor_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_moves_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "grid_moves_changed_ck" CHECK ("grid_moves"."from_grid_id" is distinct from "grid_moves"."to_grid_id")
);
--> statement-breakpoint
CREATE TABLE "grid_workers" (
	"community_id" text NOT NULL,
	"grid_id" text NOT NULL,
	"user_id" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_workers_community_id_grid_id_user_id_pk" PRIMARY KEY("community_id","grid_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grids_community_id_id_pk" PRIMARY KEY("community_id","id")
);
--> statement-breakpoint
ALTER TABLE "inbox" DROP CONSTRAINT "inbox_kind_ck";--> statement-breakpoint
ALTER TABLE "notice_consents" DROP CONSTRAINT "notice_consents_kind_ck";--> statement-breakpoint
ALTER TABLE "appeal_categories" ADD CONSTRAINT "appeal_categories_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_entries" ADD CONSTRAINT "appeal_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_entries" ADD CONSTRAINT "appeal_entries_community_id_appeal_id_appeals_community_id_id_fk" FOREIGN KEY ("community_id","appeal_id") REFERENCES "public"."appeals"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_links" ADD CONSTRAINT "appeal_links_community_id_appeal_id_appeals_community_id_id_fk" FOREIGN KEY ("community_id","appeal_id") REFERENCES "public"."appeals"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_community_id_category_id_appeal_categories_community_id_id_fk" FOREIGN KEY ("community_id","category_id") REFERENCES "public"."appeal_categories"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_community_id_grid_id_grids_community_id_id_fk" FOREIGN KEY ("community_id","grid_id") REFERENCES "public"."grids"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_community_id_estate_id_estates_community_id_id_fk" FOREIGN KEY ("community_id","estate_id") REFERENCES "public"."estates"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_buildings" ADD CONSTRAINT "grid_buildings_community_id_grid_id_grids_community_id_id_fk" FOREIGN KEY ("community_id","grid_id") REFERENCES "public"."grids"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_buildings" ADD CONSTRAINT "grid_buildings_community_id_estate_id_estates_community_id_id_fk" FOREIGN KEY ("community_id","estate_id") REFERENCES "public"."estates"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_moves" ADD CONSTRAINT "grid_moves_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_workers" ADD CONSTRAINT "grid_workers_community_id_grid_id_grids_community_id_id_fk" FOREIGN KEY ("community_id","grid_id") REFERENCES "public"."grids"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_workers" ADD CONSTRAINT "grid_workers_community_id_user_id_members_community_id_user_id_fk" FOREIGN KEY ("community_id","user_id") REFERENCES "public"."members"("community_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_categories_name_uq" ON "appeal_categories" USING btree ("community_id","name");--> statement-breakpoint
CREATE INDEX "appeal_entries_appeal_idx" ON "appeal_entries" USING btree ("community_id","appeal_id","seq");--> statement-breakpoint
CREATE INDEX "appeals_created_idx" ON "appeals" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE INDEX "appeals_closed_idx" ON "appeals" USING btree ("community_id","closed_at");--> statement-breakpoint
CREATE INDEX "appeals_submitter_idx" ON "appeals" USING btree ("community_id","submitter_id","created_at");--> statement-breakpoint
CREATE INDEX "appeals_grid_idx" ON "appeals" USING btree ("community_id","grid_id","status");--> statement-breakpoint
CREATE INDEX "appeals_responsible_idx" ON "appeals" USING btree ("community_id","responsible_id","status");--> statement-breakpoint
CREATE INDEX "appeals_open_idx" ON "appeals" USING btree ("community_id","status","accept_by") WHERE "appeals"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "appeals_building_open_idx" ON "appeals" USING btree ("community_id","estate_id","building") WHERE "appeals"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "grid_buildings_grid_idx" ON "grid_buildings" USING btree ("community_id","grid_id");--> statement-breakpoint
CREATE INDEX "grid_moves_time_idx" ON "grid_moves" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE INDEX "grid_workers_user_idx" ON "grid_workers" USING btree ("community_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_name_uq" ON "grids" USING btree ("community_id","name");--> statement-breakpoint
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_kind_ck" CHECK ("inbox"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded','appeal_new','appeal_assigned','appeal_closed','appeal_overdue'));--> statement-breakpoint
ALTER TABLE "notice_consents" ADD CONSTRAINT "notice_consents_kind_ck" CHECK ("notice_consents"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded','appeal_new','appeal_assigned','appeal_closed','appeal_overdue'));