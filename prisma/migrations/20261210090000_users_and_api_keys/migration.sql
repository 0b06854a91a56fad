-- Users and API keys (issue 13). Every postcard now has an owner: the design
-- document's `user_id UUID REFERENCES users(id)`. The free-text user_id that
-- clients used to send becomes a user of that name, and postcards without one
-- belong to the built-in `anonymous` user (the only user of AUTH_MODE=open).

CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_name_key" ON "users"("name");

CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    -- sha256 of the whole key; the key itself is shown once and never stored.
    "hash" TEXT NOT NULL,
    -- The key's type prefix and first characters, to recognise it in a list.
    "hint" TEXT NOT NULL,
    "scopes" TEXT[] NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys"("hash");
CREATE INDEX "api_keys_user_id_idx" ON "api_keys"("user_id");
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- DataMigration
INSERT INTO "users" ("id", "name") VALUES ('00000000-0000-0000-0000-000000000000', 'anonymous');
INSERT INTO "users" ("id", "name")
SELECT gen_random_uuid(), "user_id" FROM (SELECT DISTINCT "user_id" FROM "postcards" WHERE "user_id" IS NOT NULL AND "user_id" <> 'anonymous') AS named;

ALTER TABLE "postcards" ADD COLUMN "owner_id" UUID;
UPDATE "postcards" AS p SET "owner_id" = u."id" FROM "users" AS u WHERE u."name" = COALESCE(p."user_id", 'anonymous');
DROP INDEX IF EXISTS "postcards_user_id_created_at_idx";
ALTER TABLE "postcards" DROP COLUMN "user_id";
ALTER TABLE "postcards" RENAME COLUMN "owner_id" TO "user_id";
ALTER TABLE "postcards" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "postcards" ALTER COLUMN "user_id" SET DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE "postcards" ADD CONSTRAINT "postcards_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "postcards_user_id_created_at_idx" ON "postcards"("user_id", "created_at");

-- Secrets the service makes for itself: the key that signs preview links and
-- stream tokens, shared by every API process, unless LINK_SIGNING_SECRET is set.
-- Two v4 UUIDs give 244 random bits from PostgreSQL's strong random source.
CREATE TABLE "service_secrets" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_secrets_pkey" PRIMARY KEY ("name")
);
INSERT INTO "service_secrets" ("name", "value")
VALUES ('link_signing', replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));
