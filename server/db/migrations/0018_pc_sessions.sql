CREATE TABLE "pc_sessions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"challenge_hash" text NOT NULL,
	"token_hash" text,
	"user_id" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"challenge_expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "pc_sessions_confirmed_ck" CHECK (("pc_sessions"."user_id" is null) = ("pc_sessions"."confirmed_at" is null) and ("pc_sessions"."confirmed_at" is null) = ("pc_sessions"."expires_at" is null)),
	CONSTRAINT "pc_sessions_token_ck" CHECK ("pc_sessions"."token_hash" is null or "pc_sessions"."confirmed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "pc_sessions" ADD CONSTRAINT "pc_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pc_sessions_challenge_uq" ON "pc_sessions" USING btree ("challenge_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "pc_sessions_token_uq" ON "pc_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "pc_sessions_user_ix" ON "pc_sessions" USING btree ("user_id");