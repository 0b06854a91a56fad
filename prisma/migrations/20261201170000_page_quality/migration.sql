-- Page quality: what the quality gate found on the stored page (html-validate
-- errors and rules, axe violations once a browser checked it, the external
-- resources removed, when). Null until the code step stores a page.

-- AlterTable
ALTER TABLE "postcards" ADD COLUMN     "quality" JSONB;
