-- CreateEnum
CREATE TYPE "PostcardStatus" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StepName" AS ENUM ('concept', 'content', 'image', 'code');

-- CreateEnum
CREATE TYPE "StepRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "postcards" (
    "task_id" UUID NOT NULL,
    "status" "PostcardStatus" NOT NULL DEFAULT 'PENDING',
    "user_id" TEXT,
    "user_input" TEXT NOT NULL,
    "style" TEXT,
    "theme" TEXT,
    "metadata" JSONB,
    "run" INTEGER NOT NULL DEFAULT 1,
    "current_step" "StepName",
    "progress" INTEGER NOT NULL DEFAULT 0,
    "concept" JSONB,
    "content" JSONB,
    "image_asset_id" TEXT,
    "image_url" TEXT,
    "frontend_code" TEXT,
    "preview_url" TEXT,
    "error_step" "StepName",
    "error_message" TEXT,
    "retry_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "postcards_pkey" PRIMARY KEY ("task_id")
);

-- CreateTable
CREATE TABLE "step_runs" (
    "id" BIGSERIAL NOT NULL,
    "task_id" UUID NOT NULL,
    "run" INTEGER NOT NULL,
    "step" "StepName" NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" "StepRunStatus" NOT NULL,
    "provider" TEXT,
    "job_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "duration_ms" INTEGER,
    "error" TEXT,
    "retryable" BOOLEAN,

    CONSTRAINT "step_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assets" (
    "id" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "postcards_status_created_at_idx" ON "postcards"("status", "created_at");

-- CreateIndex
CREATE INDEX "postcards_created_at_idx" ON "postcards"("created_at");

-- CreateIndex
CREATE INDEX "postcards_user_id_created_at_idx" ON "postcards"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "step_runs_step_started_at_idx" ON "step_runs"("step", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "step_runs_task_id_run_step_attempt_key" ON "step_runs"("task_id", "run", "step", "attempt");

-- AddForeignKey
ALTER TABLE "step_runs" ADD CONSTRAINT "step_runs_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "postcards"("task_id") ON DELETE CASCADE ON UPDATE CASCADE;
