import type { Tx } from "../client.ts";
import { readDataVersion } from "../dataVersion.ts";
import type { Database } from "../db.ts";
import { exportRepository } from "../imports/exportRepository.ts";
import { importRepository } from "../imports/importRepository.ts";
import { sessionRepository } from "../users/sessionRepository.ts";
import { signInAttemptRepository } from "../users/signInAttemptRepository.ts";
import { userRepository } from "../users/userRepository.ts";
import { auditRepository, auditWrites } from "./auditRepository.ts";
import { benchmarkRepository, benchmarkWrites } from "./benchmarkRepository.ts";
import { commentaryRepository, commentaryWrites } from "./commentaryRepository.ts";
import { deliverableRepository, deliverableWrites } from "./deliverableRepository.ts";
import { metricCatalogueRepository } from "./metricCatalogueRepository.ts";
import { metricCatalogueWrites } from "./metricCatalogueWrites.ts";
import { metricRepository } from "./metricRepository.ts";
import { narrativeRepository, narrativeWrites } from "./narrativeRepository.ts";
import { observationRepository, observationWrites } from "./observationRepository.ts";
import { planRepository } from "./planRepository.ts";
import { prefetchRepository } from "./prefetchRepository.ts";
import { priorityRepository } from "./priorityRepository.ts";
import { processChangeRepository } from "./processChangeRepository.ts";
import { quarterWrites } from "./quarterRepository.ts";
import type { Repositories, TransactionRepositories } from "./Repositories.ts";
import { referenceRepository } from "./referenceRepository.ts";
import { reportingPeriodRepository } from "./reportingPeriodRepository.ts";
import { scorecardRepository } from "./scorecardRepository.ts";
import { sectionWrites } from "./sectionWrites.ts";
import { setupRepository } from "./setupRepository.ts";
import { setupWrites } from "./setupWrites.ts";
import { statementRepository, statementWrites } from "./statementRepository.ts";

/** Built once per process, in the composition root. */
export function createRepositories(db: Database): Repositories {
  const { prisma, pool } = db;
  return {
    audit: auditRepository(prisma),
    benchmarks: benchmarkRepository(pool, prisma),
    commentary: commentaryRepository(prisma),
    deliverables: deliverableRepository(prisma),
    exports: exportRepository(db),
    imports: importRepository(db),
    metrics: metricRepository(pool, prisma),
    metricCatalogue: metricCatalogueRepository(pool, prisma),
    narratives: narrativeRepository(pool),
    observations: observationRepository(pool),
    plans: planRepository(prisma),
    prefetch: prefetchRepository(pool),
    priorities: priorityRepository(pool),
    processChanges: processChangeRepository(pool),
    reference: referenceRepository(prisma),
    reportingPeriods: reportingPeriodRepository(pool),
    scorecards: scorecardRepository(pool, prisma),
    sessions: sessionRepository(prisma),
    setup: setupRepository(prisma),
    signInAttempts: signInAttemptRepository(pool),
    statements: statementRepository(prisma),
    users: userRepository(db),
    database: { kind: db.kind, ping: () => db.ping() },
    dataVersion: { read: () => readDataVersion(pool) },
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail saves that merely queue behind
    // others: PGlite runs one transaction at a time. A queued save should wait, not be lost.
    transaction: (work) =>
      prisma.$transaction((tx) => work(transactionRepositories(tx)), { maxWait: 10_000, timeout: 20_000 }),
  };
}

function transactionRepositories(tx: Tx): TransactionRepositories {
  return {
    audit: auditWrites(tx),
    benchmarks: benchmarkWrites(tx),
    commentary: commentaryWrites(tx),
    deliverables: deliverableWrites(tx),
    metricCatalogue: metricCatalogueWrites(tx),
    narratives: narrativeWrites(tx),
    observations: observationWrites(tx),
    sections: sectionWrites(tx),
    quarters: quarterWrites(tx),
    setup: setupWrites(tx),
    statements: statementWrites(tx),
  };
}
