CREATE TABLE "announcement_reads" (
	"community_id" text NOT NULL,
	"announcement_id" text NOT NULL,
	"user_id" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcement_reads_community_id_announcement_id_user_id_pk" PRIMARY KEY("community_id","announcement_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"title" text NOT NULL,
	"words" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "announcements_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "announcements_expiry_ck" CHECK ("announcements"."expires_at" is null or "announcements"."expires_at" > "announcements"."created_at")
);
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_purpose_ck";--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_mime_ck";--> statement-breakpoint
ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_community_id_announcement_id_announcements_community_id_id_fk" FOREIGN KEY ("community_id","announcement_id") REFERENCES "public"."announcements"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_reads" ADD CONSTRAINT "announcement_reads_community_id_user_id_members_community_id_user_id_fk" FOREIGN KEY ("community_id","user_id") REFERENCES "public"."members"("community_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_current_idx" ON "announcements" USING btree ("community_id","pinned","created_at");--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_purpose_ck" CHECK ("files"."purpose" in ('appeal_photo','appeal_voice','event_cover','evidence','item_photo','survey_photo','announcement_photo','roster_sheet'));--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_mime_ck" CHECK ("files"."mime" in ('image/jpeg','image/png','audio/aac','audio/mpeg','audio/mp4','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));