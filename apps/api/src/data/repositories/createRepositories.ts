import type { Tx } from "../client.ts";
import { readDataVersion } from "../dataVersion.ts";
import type { Database } from "../db.ts";
import { type ExportRepository, exportRepository } from "../imports/exportRepository.ts";
import { type ImportRepository, importRepository } from "../imports/importRepository.ts";
import { type SessionRepository, sessionRepository } from "../users/sessionRepository.ts";
import { type SignInAttemptRepository, signInAttemptRepository } from "../users/signInAttemptRepository.ts";
import { type UserRepository, userRepository } from "../users/userRepository.ts";
import { type AuditRepository, type AuditWrites, auditRepository, auditWrites } from "./auditRepository.ts";
import {
  type BenchmarkRepository,
  type BenchmarkWrites,
  benchmarkRepository,
  benchmarkWrites,
} from "./benchmarkRepository.ts";
import {
  type CommentaryRepository,
  type CommentaryWrites,
  commentaryRepository,
  commentaryWrites,
} from "./commentaryRepository.ts";
import {
  type DeliverableRepository,
  type DeliverableWrites,
  deliverableRepository,
  deliverableWrites,
} from "./deliverableRepository.ts";
import { type MetricRepository, metricRepository } from "./metricRepository.ts";
import {
  type NarrativeRepository,
  type NarrativeWrites,
  narrativeRepository,
  narrativeWrites,
} from "./narrativeRepository.ts";
import {
  type ObservationRepository,
  type ObservationWrites,
  observationRepository,
  observationWrites,
} from "./observationRepository.ts";
import { type PlanRepository, planRepository } from "./planRepository.ts";
import { type PriorityRepository, priorityRepository } from "./priorityRepository.ts";
import { type ProcessChangeRepository, processChangeRepository } from "./processChangeRepository.ts";
import { type ReferenceRepository, referenceRepository } from "./referenceRepository.ts";
import { type ReportingPeriodRepository, reportingPeriodRepository } from "./reportingPeriodRepository.ts";
import { type ScorecardRepository, scorecardRepository } from "./scorecardRepository.ts";
import {
  type StatementRepository,
  type StatementWrites,
  statementRepository,
  statementWrites,
} from "./statementRepository.ts";

/** What a write transaction may do: the reads its checks depend on, the writes, and the audit row. */
export interface TransactionRepositories {
  audit: AuditWrites;
  benchmarks: BenchmarkWrites;
  commentary: CommentaryWrites;
  deliverables: DeliverableWrites;
  narratives: NarrativeWrites;
  observations: ObservationWrites;
  statements: StatementWrites;
}

/**
 * Every read and write the services make, one repository per entity, each closed over the pool
 * (plain SQL) or the Prisma client. Services never see the database handle itself.
 */
export interface Repositories {
  audit: AuditRepository;
  benchmarks: BenchmarkRepository;
  commentary: CommentaryRepository;
  deliverables: DeliverableRepository;
  exports: ExportRepository;
  imports: ImportRepository;
  metrics: MetricRepository;
  narratives: NarrativeRepository;
  observations: ObservationRepository;
  plans: PlanRepository;
  priorities: PriorityRepository;
  processChanges: ProcessChangeRepository;
  reference: ReferenceRepository;
  reportingPeriods: ReportingPeriodRepository;
  scorecards: ScorecardRepository;
  sessions: SessionRepository;
  signInAttempts: SignInAttemptRepository;
  statements: StatementRepository;
  users: UserRepository;
  /** Whether the database answers, and which kind it is (health checks). */
  database: { kind: Database["kind"]; ping(): Promise<boolean> };
  /** The version a trigger bumps on every writing transaction (decision 0009). */
  dataVersion: { read(): Promise<string> };
  /**
   * Runs `work` in one transaction with repositories bound to it: the change, the reads its
   * version check depends on, and its audit row commit or roll back together.
   */
  transaction<T>(work: (tx: TransactionRepositories) => Promise<T>): Promise<T>;
}

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
    narratives: narrativeRepository(pool),
    observations: observationRepository(pool),
    plans: planRepository(prisma),
    priorities: priorityRepository(pool),
    processChanges: processChangeRepository(pool),
    reference: referenceRepository(prisma),
    reportingPeriods: reportingPeriodRepository(pool),
    scorecards: scorecardRepository(pool, prisma),
    sessions: sessionRepository(prisma),
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
    narratives: narrativeWrites(tx),
    observations: observationWrites(tx),
    statements: statementWrites(tx),
  };
}
