CREATE TABLE "audit_log" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"actor_user_id" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_community_id_id_pk" PRIMARY KEY("community_id","id")
);
--> statement-breakpoint
CREATE TABLE "donations" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"source" text NOT NULL,
	"form" text NOT NULL,
	"donor_name" text NOT NULL,
	"public_consent" boolean DEFAULT false NOT NULL,
	"amount_fen" bigint NOT NULL,
	"items_desc" text,
	"evidence_url" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "donations_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "donations_source_ck" CHECK ("donations"."source" in ('merchant','resident','volunteer_fundraising','community_allocation')),
	CONSTRAINT "donations_form_ck" CHECK ("donations"."form" in ('cash','in_kind')),
	CONSTRAINT "donations_amount_ck" CHECK ("donations"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "expense_approvals" (
	"community_id" text NOT NULL,
	"expense_id" text NOT NULL,
	"approver_user_id" text NOT NULL,
	"decision" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expense_approvals_community_id_expense_id_approver_user_id_pk" PRIMARY KEY("community_id","expense_id","approver_user_id"),
	CONSTRAINT "expense_approvals_decision_ck" CHECK ("expense_approvals"."decision" in ('approve','reject'))
);
--> statement-breakpoint
CREATE TABLE "expenses" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"event_id" text,
	"evidence_url" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"approvals_required" integer NOT NULL,
	"requested_by" text NOT NULL,
	"paid_by" text,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expenses_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "expenses_status_ck" CHECK ("expenses"."status" in ('pending','approved','rejected','paid')),
	CONSTRAINT "expenses_amount_ck" CHECK ("expenses"."amount_fen" > 0 and "expenses"."approvals_required" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invariant_runs" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"ok" boolean NOT NULL,
	"report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invariant_runs_community_id_id_pk" PRIMARY KEY("community_id","id")
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"item_id" text NOT NULL,
	"user_id" text NOT NULL,
	"merchant_user_id" text,
	"points" integer NOT NULL,
	"cost_fen" integer NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"fulfilled_by" text,
	"fulfilled_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redemptions_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "redemptions_status_ck" CHECK ("redemptions"."status" in ('reserved','fulfilled','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "volunteer_applications" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"real_name" text NOT NULL,
	"phone" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_applications_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "volunteer_applications_status_ck" CHECK ("volunteer_applications"."status" in ('pending','approved','rejected'))
);
--> statement-breakpoint
ALTER TABLE "transfers" DROP CONSTRAINT "transfers_code_ck";--> statement-breakpoint
ALTER TABLE "shop_items" ADD COLUMN "photo_url" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_approvals" ADD CONSTRAINT "expense_approvals_approver_user_id_users_id_fk" FOREIGN KEY ("approver_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_approvals" ADD CONSTRAINT "expense_approvals_community_id_expense_id_expenses_community_id_id_fk" FOREIGN KEY ("community_id","expense_id") REFERENCES "public"."expenses"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_merchant_user_id_users_id_fk" FOREIGN KEY ("merchant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_fulfilled_by_users_id_fk" FOREIGN KEY ("fulfilled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_community_id_item_id_shop_items_community_id_id_fk" FOREIGN KEY ("community_id","item_id") REFERENCES "public"."shop_items"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_time_idx" ON "audit_log" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE INDEX "invariant_runs_time_idx" ON "invariant_runs" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_code_uq" ON "redemptions" USING btree ("community_id","code");--> statement-breakpoint
CREATE INDEX "redemptions_user_idx" ON "redemptions" USING btree ("community_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_applications_pending_uq" ON "volunteer_applications" USING btree ("community_id","user_id") WHERE "volunteer_applications"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_code_ck" CHECK ("transfers"."code" in ('attendance','volunteer_hours','manual_award','manual_deduct','redemption','donation','expense','payout','reversal'));