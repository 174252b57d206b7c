CREATE TABLE "inbox" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"visible_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "inbox_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "inbox_kind_ck" CHECK ("inbox"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded'))
);
--> statement-breakpoint
CREATE TABLE "notice_consents" (
	"community_id" text NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"remaining" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_consents_community_id_user_id_kind_pk" PRIMARY KEY("community_id","user_id","kind"),
	CONSTRAINT "notice_consents_kind_ck" CHECK ("notice_consents"."kind" in ('reminder','signup_confirmed','promoted','event_cancelled','event_changed','redemption_ready','redemption_fulfilled','volunteer_decided','points_awarded')),
	CONSTRAINT "notice_consents_remaining_ck" CHECK ("notice_consents"."remaining" between 0 and 1000)
);
--> statement-breakpoint
CREATE TABLE "sms_daily" (
	"phone" text NOT NULL,
	"day" text NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sms_daily_phone_day_pk" PRIMARY KEY("phone","day"),
	CONSTRAINT "sms_daily_sent_ck" CHECK ("sms_daily"."sent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sms_opt_outs" (
	"phone" text PRIMARY KEY NOT NULL,
	"community_id" text NOT NULL,
	"set_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "outbox_dedupe_uq";--> statement-breakpoint
ALTER TABLE "family_links" ADD COLUMN "copy_notices" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "channel" text DEFAULT 'wechat' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "notice_id" text;--> statement-breakpoint
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_consents" ADD CONSTRAINT "notice_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_opt_outs" ADD CONSTRAINT "sms_opt_outs_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_dedupe_uq" ON "inbox" USING btree ("community_id","user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "inbox_user_idx" ON "inbox" USING btree ("community_id","user_id","visible_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_notice_uq" ON "outbox" USING btree ("community_id","notice_id","channel");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_uq" ON "outbox" USING btree ("community_id","dedupe_key","channel");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_channel_ck" CHECK ("outbox"."channel" in ('wechat','sms'));