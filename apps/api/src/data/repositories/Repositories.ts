import type { Database } from "../db.ts";
import type { ExportRepository } from "../imports/exportRepository.ts";
import type { ImportRepository } from "../imports/importRepository.ts";
import type { SessionRepository } from "../users/sessionRepository.ts";
import type { SignInAttemptRepository } from "../users/signInAttemptRepository.ts";
import type { UserRepository } from "../users/userRepository.ts";
import type { AuditRepository, AuditWrites } from "./auditRepository.ts";
import type { BenchmarkRepository, BenchmarkWrites } from "./benchmarkRepository.ts";
import type { CommentaryRepository, CommentaryWrites } from "./commentaryRepository.ts";
import type { DeliverableRepository, DeliverableWrites } from "./deliverableRepository.ts";
import type { MetricCatalogueRepository } from "./metricCatalogueRepository.ts";
import type { MetricCatalogueWrites } from "./metricCatalogueWrites.ts";
import type { MetricRepository } from "./metricRepository.ts";
import type { NarrativeRepository, NarrativeWrites } from "./narrativeRepository.ts";
import type { ObservationRepository, ObservationWrites } from "./observationRepository.ts";
import type { PlanRepository } from "./planRepository.ts";
import type { PrefetchRepository } from "./prefetchRepository.ts";
import type { PriorityRepository } from "./priorityRepository.ts";
import type { ProcessChangeRepository } from "./processChangeRepository.ts";
import type { QuarterWrites } from "./quarterRepository.ts";
import type { ReferenceRepository } from "./referenceRepository.ts";
import type { ReportingPeriodRepository } from "./reportingPeriodRepository.ts";
import type { ScorecardRepository } from "./scorecardRepository.ts";
import type { SectionWrites } from "./sectionWrites.ts";
import type { SetupRepository } from "./setupRepository.ts";
import type { SetupWrites } from "./setupWrites.ts";
import type { StatementRepository, StatementWrites } from "./statementRepository.ts";

/** What a write transaction may do: the reads its checks depend on, the writes, and the audit row. */
export interface TransactionRepositories {
  audit: AuditWrites;
  benchmarks: BenchmarkWrites;
  commentary: CommentaryWrites;
  deliverables: DeliverableWrites;
  metricCatalogue: MetricCatalogueWrites;
  narratives: NarrativeWrites;
  observations: ObservationWrites;
  sections: SectionWrites;
  quarters: QuarterWrites;
  setup: SetupWrites;
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
  metricCatalogue: MetricCatalogueRepository;
  narratives: NarrativeRepository;
  observations: ObservationRepository;
  plans: PlanRepository;
  /** One-statement reads of what the dashboard and the drill-down need, for the loaders to prime from. */
  prefetch: PrefetchRepository;
  priorities: PriorityRepository;
  processChanges: ProcessChangeRepository;
  reference: ReferenceRepository;
  reportingPeriods: ReportingPeriodRepository;
  scorecards: ScorecardRepository;
  sessions: SessionRepository;
  setup: SetupRepository;
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
