-- Smart workflow: the postcard's provider strategy, and per attempt the
-- routing reason, the parameters sent, a quality score and the error kind.
-- cost_usd becomes nullable: a model without a known price costs "unknown".

-- AlterTable
ALTER TABLE "postcards" ADD COLUMN     "strategy" TEXT NOT NULL DEFAULT 'balanced';

-- AlterTable
ALTER TABLE "step_runs" ALTER COLUMN "cost_usd" DROP NOT NULL,
ADD COLUMN     "error_kind" TEXT,
ADD COLUMN     "params" JSONB,
ADD COLUMN     "quality_score" DOUBLE PRECISION,
ADD COLUMN     "strategy_reason" TEXT;

-- CreateIndex
CREATE INDEX "step_runs_provider_step_started_at_idx" ON "step_runs"("provider", "step", "started_at");
