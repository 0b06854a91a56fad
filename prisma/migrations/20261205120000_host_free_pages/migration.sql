-- Host-free pages: stored HTML and postcards.image_url refer to the illustration
-- as /api/v1/assets/<sha256>, and preview_url holds /preview/<task_id>; the API
-- prefixes PUBLIC_BASE_URL when it serves them, so a new host keeps old
-- postcards whole. This rewrites rows stored with absolute URLs.
--
-- The old PUBLIC_BASE_URL is not known here (and may have changed over time),
-- so any http(s) URL ending in an asset path loses its scheme, host and path
-- prefix. A URL is a run of characters that cannot end an attribute, a CSS
-- url() or a srcset candidate (no space, quote, parenthesis, angle bracket or
-- backslash), so one match never spans two URLs. Running it again changes
-- nothing. updated_at is left alone: the postcards did not change.

-- DataMigration
UPDATE "postcards"
SET "frontend_code" = regexp_replace(
  "frontend_code",
  'https?://[^[:space:]"''()<>\\]*(/api/v1/assets/[0-9a-f]{64})',
  '\1',
  'g'
)
WHERE "frontend_code" ~ 'https?://[^[:space:]"''()<>\\]*/api/v1/assets/[0-9a-f]{64}';

UPDATE "postcards"
SET "image_url" = regexp_replace("image_url", '^https?://[^[:space:]"''()<>\\]*(/api/v1/assets/[0-9a-f]{64})$', '\1')
WHERE "image_url" ~ '^https?://[^[:space:]"''()<>\\]*/api/v1/assets/[0-9a-f]{64}$';

UPDATE "postcards"
SET "preview_url" = '/preview/' || "task_id"
WHERE "preview_url" IS NOT NULL AND "preview_url" <> '/preview/' || "task_id";
