CREATE TABLE "accounts" (
	"community_id" text NOT NULL,
	"id" text NOT NULL,
	"unit" text NOT NULL,
	"kind" text NOT NULL,
	"owner_user_id" text,
	"balance" bigint DEFAULT 0 NOT NULL,
	"may_go_negative" boolean DEFAULT false NOT NULL,
	CONSTRAINT "accounts_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "accounts_unit_ck" CHECK ("accounts"."unit" in ('fen','points')),
	CONSTRAINT "accounts_nonneg_ck" CHECK ("accounts"."may_go_negative" or "accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"street" text NOT NULL,
	"point_value_fen" integer DEFAULT 10 NOT NULL,
	"approval_threshold_fen" bigint DEFAULT 50000 NOT NULL,
	"approvals_required" integer DEFAULT 2 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estates" (
	"community_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"buildings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "estates_community_id_id_pk" PRIMARY KEY("community_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"place" text NOT NULL,
	"cover_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"signup_opens_at" timestamp with time zone NOT NULL,
	"signup_closes_at" timestamp with time zone NOT NULL,
	"cancel_deadline" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"waitlist_enabled" boolean DEFAULT true NOT NULL,
	"max_party_size" integer DEFAULT 1 NOT NULL,
	"min_age" integer,
	"estate_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attendance_points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"waitlist_seq" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "events_capacity_ck" CHECK ("events"."capacity" > 0 and "events"."seats_taken" between 0 and "events"."capacity"),
	CONSTRAINT "events_status_ck" CHECK ("events"."status" in ('draft','published','finished','cancelled')),
	CONSTRAINT "events_party_ck" CHECK ("events"."max_party_size" between 1 and 10),
	CONSTRAINT "events_times_ck" CHECK ("events"."ends_at" > "events"."starts_at" and "events"."signup_closes_at" > "events"."signup_opens_at")
);
--> statement-breakpoint
CREATE TABLE "member_roles" (
	"community_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"granted_by" text,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_roles_community_id_user_id_role_pk" PRIMARY KEY("community_id","user_id","role"),
	CONSTRAINT "member_roles_role_ck" CHECK ("member_roles"."role" in ('volunteer','grid_worker','staff','committee','merchant','admin'))
);
--> statement-breakpoint
CREATE TABLE "members" (
	"community_id" text NOT NULL,
	"user_id" text NOT NULL,
	"estate_id" text,
	"building" text,
	"unit" text,
	"privacy_accepted_at" timestamp with time zone,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_community_id_user_id_pk" PRIMARY KEY("community_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"kind" text NOT NULL,
	"user_id" text,
	"payload" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"send_after" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "outbox_status_ck" CHECK ("outbox"."status" in ('pending','sent','failed'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"event_id" text NOT NULL,
	"user_id" text NOT NULL,
	"party_size" integer NOT NULL,
	"status" text NOT NULL,
	"seat_no" integer,
	"waitlist_seq" integer,
	"proxy_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "registrations_status_ck" CHECK ("registrations"."status" in ('confirmed','waitlisted','cancelled')),
	CONSTRAINT "registrations_party_ck" CHECK ("registrations"."party_size" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "request_keys" (
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"fn" text NOT NULL,
	"action" text NOT NULL,
	"reply" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "shop_items" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"merchant_user_id" text,
	"merchant_name" text NOT NULL,
	"title" text NOT NULL,
	"points_price" integer NOT NULL,
	"cost_fen" integer NOT NULL,
	"stock" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "shop_items_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "shop_items_stock_ck" CHECK ("shop_items"."stock" >= 0 and "shop_items"."points_price" > 0 and "shop_items"."cost_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"idempotency_key" text NOT NULL,
	"unit" text NOT NULL,
	"from_account" text NOT NULL,
	"to_account" text NOT NULL,
	"amount" bigint NOT NULL,
	"code" text NOT NULL,
	"ref_type" text,
	"ref_id" text,
	"actor_user_id" text,
	"memo" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfers_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "transfers_amount_ck" CHECK ("transfers"."amount" > 0),
	CONSTRAINT "transfers_distinct_ck" CHECK ("transfers"."from_account" <> "transfers"."to_account"),
	CONSTRAINT "transfers_code_ck" CHECK ("transfers"."code" in ('attendance','volunteer_hours','manual_award','redemption','donation','expense','payout','reversal'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"openid" text NOT NULL,
	"nickname" text NOT NULL,
	"name" text,
	"phone" text,
	"birth_year" integer,
	"offline" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estates" ADD CONSTRAINT "estates_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_roles" ADD CONSTRAINT "member_roles_community_id_user_id_members_community_id_user_id_fk" FOREIGN KEY ("community_id","user_id") REFERENCES "public"."members"("community_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_community_id_estate_id_estates_community_id_id_fk" FOREIGN KEY ("community_id","estate_id") REFERENCES "public"."estates"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_proxy_by_users_id_fk" FOREIGN KEY ("proxy_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_community_id_event_id_events_community_id_id_fk" FOREIGN KEY ("community_id","event_id") REFERENCES "public"."events"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_keys" ADD CONSTRAINT "request_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_merchant_user_id_users_id_fk" FOREIGN KEY ("merchant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_community_id_from_account_accounts_community_id_id_fk" FOREIGN KEY ("community_id","from_account") REFERENCES "public"."accounts"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_community_id_to_account_accounts_community_id_id_fk" FOREIGN KEY ("community_id","to_account") REFERENCES "public"."accounts"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("community_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "members_user_idx" ON "members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_uq" ON "outbox" USING btree ("community_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_uq" ON "registrations" USING btree ("community_id","event_id","user_id") WHERE "registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_seat_uq" ON "registrations" USING btree ("community_id","event_id","seat_no") WHERE "registrations"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("community_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_idem_uq" ON "transfers" USING btree ("community_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "transfers_from_idx" ON "transfers" USING btree ("community_id","from_account");--> statement-breakpoint
CREATE INDEX "transfers_to_idx" ON "transfers" USING btree ("community_id","to_account");--> statement-breakpoint
CREATE UNIQUE INDEX "users_openid_uq" ON "users" USING btree ("openid");