CREATE TABLE "family_wrong_codes" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "family_wrong_codes_community_id_id_pk" PRIMARY KEY("community_id","id")
);
--> statement-breakpoint
ALTER TABLE "family_codes" DROP CONSTRAINT "family_codes_code_ck";--> statement-breakpoint
ALTER TABLE "family_wrong_codes" ADD CONSTRAINT "family_wrong_codes_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_wrong_codes" ADD CONSTRAINT "family_wrong_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_wrong_codes_at_idx" ON "family_wrong_codes" USING btree ("community_id","at");--> statement-breakpoint
ALTER TABLE "family_codes" ADD CONSTRAINT "family_codes_code_ck" CHECK ("family_codes"."code" ~ '^([0-9]{8}|[0-9]{6})$');