-- CreateTable
CREATE TABLE "SignInAttemptWindow" (
    "keyHash" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL,

    CONSTRAINT "SignInAttemptWindow_pkey" PRIMARY KEY ("keyHash")
);

-- CreateIndex
CREATE INDEX "SignInAttemptWindow_startedAt_idx" ON "SignInAttemptWindow"("startedAt");

