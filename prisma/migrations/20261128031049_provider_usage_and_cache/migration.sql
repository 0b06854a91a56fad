-- AlterTable
ALTER TABLE "postcards" ADD COLUMN     "use_cache" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "step_runs" ADD COLUMN     "cache_hit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
ADD COLUMN     "images" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "input_tokens" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "model" TEXT,
ADD COLUMN     "output_tokens" INTEGER NOT NULL DEFAULT 0;
