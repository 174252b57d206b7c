CREATE TABLE "files" (
	"community_id" text NOT NULL,
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"owner_id" text NOT NULL,
	"purpose" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"duration_ms" integer,
	"storage_key" text NOT NULL,
	"attached_to_kind" text,
	"attached_to_id" text,
	"attached_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_community_id_id_pk" PRIMARY KEY("community_id","id"),
	CONSTRAINT "files_purpose_ck" CHECK ("files"."purpose" in ('appeal_photo','appeal_voice','event_cover','evidence','item_photo')),
	CONSTRAINT "files_mime_ck" CHECK ("files"."mime" in ('image/jpeg','image/png','audio/aac','audio/mpeg','audio/mp4')),
	CONSTRAINT "files_bytes_ck" CHECK ("files"."bytes" > 0),
	CONSTRAINT "files_duration_ck" CHECK ("files"."duration_ms" is null or "files"."duration_ms" between 0 and 61000),
	CONSTRAINT "files_attached_ck" CHECK (("files"."attached_to_kind" is null) = ("files"."attached_to_id" is null) and ("files"."attached_to_id" is null) = ("files"."attached_at" is null))
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "files_storage_key_uq" ON "files" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "files_attached_idx" ON "files" USING btree ("community_id","attached_to_kind","attached_to_id");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("community_id","owner_id","created_at");