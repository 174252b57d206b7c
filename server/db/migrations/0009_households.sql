CREATE TABLE "households" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"estate_id" text NOT NULL,
	"building" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"room" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "households_room_ck" CHECK ("households"."room" <> '')
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "room" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "household_id" text;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_community_id_estate_id_estates_community_id_id_fk" FOREIGN KEY ("community_id","estate_id") REFERENCES "public"."estates"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "households_address_uq" ON "households" USING btree ("community_id","estate_id","building","unit","room");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_community_id_household_id_households_community_id_id_fk" FOREIGN KEY ("community_id","household_id") REFERENCES "public"."households"("community_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_household_idx" ON "members" USING btree ("community_id","household_id");