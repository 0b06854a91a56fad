-- The active-postcard cap (MAX_ACTIVE_POSTCARDS_PER_USER) counts a user's
-- PENDING and PROCESSING postcards at every create; without this index that
-- walks all of the user's postcards, finished ones included. Partial, so it
-- stays as small as the number of postcards in flight. Prisma's schema
-- language cannot express a partial index, hence only here (raw SQL).
CREATE INDEX "postcards_active_by_user_idx" ON "postcards"("user_id") WHERE "status" IN ('PENDING', 'PROCESSING');
