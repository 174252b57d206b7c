CREATE TABLE "event_free_seats" (
	"community_id" text NOT NULL,
	"event_id" text NOT NULL,
	"seat_no" integer NOT NULL,
	CONSTRAINT "event_free_seats_community_id_event_id_seat_no_pk" PRIMARY KEY("community_id","event_id","seat_no")
);
--> statement-breakpoint
CREATE TABLE "event_roles" (
	"community_id" text NOT NULL,
	"event_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"quota" integer NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	"points_per_hour" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "event_roles_community_id_event_id_id_pk" PRIMARY KEY("community_id","event_id","id"),
	CONSTRAINT "event_roles_quota_ck" CHECK ("event_roles"."quota" > 0 and "event_roles"."taken" between 0 and "event_roles"."quota" and "event_roles"."points_per_hour" >= 0)
);
--> statement-breakpoint
CREATE TABLE "proxy_claims" (
	"community_id" text NOT NULL,
	"code" text NOT NULL,
	"offline_user_id" text NOT NULL,
	"created_by" text NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proxy_claims_community_id_code_pk" PRIMARY KEY("community_id","code")
);
--> statement-breakpoint
CREATE TABLE "secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_shifts" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"event_id" text NOT NULL,
	"role_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'signed_up' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	"minutes_adjusted" integer,
	"confirmed_minutes" integer,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_shifts_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "volunteer_shifts_status_ck" CHECK ("volunteer_shifts"."status" in ('signed_up','cancelled')),
	CONSTRAINT "volunteer_shifts_minutes_ck" CHECK (coalesce("volunteer_shifts"."minutes_adjusted", 0) between 0 and 1440)
);
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_capacity_ck";--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_status_ck";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seat_hwm" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "reminder_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "seat_nos" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "remind" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "checked_in_by" text;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "attendance_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "attended" boolean;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "cancelled_by" text;--> statement-breakpoint
ALTER TABLE "event_free_seats" ADD CONSTRAINT "event_free_seats_community_id_event_id_events_community_id_id_fk" FOREIGN KEY ("community_id","event_id") REFERENCES "public"."events"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_roles" ADD CONSTRAINT "event_roles_community_id_event_id_events_community_id_id_fk" FOREIGN KEY ("community_id","event_id") REFERENCES "public"."events"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_claims" ADD CONSTRAINT "proxy_claims_offline_user_id_users_id_fk" FOREIGN KEY ("offline_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_claims" ADD CONSTRAINT "proxy_claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_claims" ADD CONSTRAINT "proxy_claims_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_community_id_event_id_role_id_event_roles_community_id_event_id_id_fk" FOREIGN KEY ("community_id","event_id","role_id") REFERENCES "public"."event_roles"("community_id","event_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "proxy_claims_user_uq" ON "proxy_claims" USING btree ("offline_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_shifts_active_uq" ON "volunteer_shifts" USING btree ("community_id","event_id","user_id") WHERE "volunteer_shifts"."status" <> 'cancelled';--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","send_after");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_capacity_ck" CHECK ("events"."capacity" > 0 and "events"."seats_taken" between 0 and "events"."capacity" and "events"."seat_hwm" <= "events"."capacity");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_ck" CHECK ("outbox"."status" in ('pending','sent','failed','cancelled'));--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_checkin_ck" CHECK ("registrations"."checked_in_at" is null or "registrations"."status" = 'confirmed');