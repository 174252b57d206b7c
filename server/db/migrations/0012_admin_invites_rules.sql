CREATE TABLE "community_rules" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"approvals_required" integer NOT NULL,
	"approval_threshold_fen" bigint NOT NULL,
	"point_value_fen" integer NOT NULL,
	"points_per_hour" integer NOT NULL,
	"set_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_rules_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "community_rules_values_ck" CHECK ("community_rules"."approvals_required" between 0 and 9 and "community_rules"."approval_threshold_fen" >= 0 and "community_rules"."point_value_fen" between 1 and 10000 and "community_rules"."points_per_hour" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "invite_wrong_codes" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invites" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"code_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_by" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_by" text,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invites_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "invites_role_ck" CHECK ("invites"."role" in ('admin','staff','grid_worker','committee','merchant')),
	CONSTRAINT "invites_used_ck" CHECK (("invites"."used_by" is null) = ("invites"."used_at" is null))
);
--> statement-breakpoint
ALTER TABLE "inbox" DROP CONSTRAINT "inbox_kind_ck";--> statement-breakpoint
ALTER TABLE "notice_consents" DROP CONSTRAINT "notice_consents_kind_ck";--> statement-breakpoint
ALTER TABLE "community_rules" ADD CONSTRAINT "community_rules_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_rules" ADD CONSTRAINT "community_rules_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_wrong_codes" ADD CONSTRAINT "invite_wrong_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "community_rules_from_uq" ON "community_rules" USING btree ("community_id","effective_from");--> statement-breakpoint
CREATE INDEX "invite_wrong_codes_at_idx" ON "invite_wrong_codes" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "invites_code_uq" ON "invites" USING btree ("code_hash");--> statement-breakpoint
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_kind_ck" CHECK ("inbox"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded','appeal_new','appeal_assigned','appeal_closed','appeal_overdue','role_changed'));--> statement-breakpoint
ALTER TABLE "notice_consents" ADD CONSTRAINT "notice_consents_kind_ck" CHECK ("notice_consents"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded','appeal_new','appeal_assigned','appeal_closed','appeal_overdue','role_changed'));