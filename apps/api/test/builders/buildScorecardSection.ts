import type { TestServer } from "../harness/index.ts";
import { builderSql } from "./builderSql.ts";
import { type BuiltPriority, buildPriority } from "./buildPriority.ts";
import { type BuiltQuarter, buildQuarter } from "./buildQuarter.ts";
import { uniqueLabel } from "./uniqueLabel.ts";

export interface SectionOverrides {
  /** Default: a priority of its own. */
  priority?: BuiltPriority;
  /** Put the section after this one, in the same scorecard; default: a scorecard of its own. */
  after?: BuiltSection;
  title?: string;
  /**
   * Commentary as transcribed from the published report (origin REPORT), in `quarter`, in this
   * order. The API only writes an editor's commentary, so these go in with SQL.
   */
  reportCommentary?: string[];
  /** The quarter the commentary is about; default: buildQuarter's. */
  quarter?: BuiltQuarter;
}

export interface BuiltSection {
  id: number;
  scorecardId: number;
  priority: BuiltPriority;
  /** Ids of `reportCommentary`, in order. */
  commentaryIds: number[];
}

/** A scorecard with one section (and, if asked, the report's commentary on it) for a priority. */
export async function buildScorecardSection(
  server: TestServer,
  overrides: SectionOverrides = {},
): Promise<BuiltSection> {
  const priority = overrides.after?.priority ?? overrides.priority ?? (await buildPriority(server));
  const scorecardId = overrides.after?.scorecardId ?? (await newScorecardId(server, priority));
  const [section] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "ScorecardSection" ("scorecardId", title, position)
     SELECT $1, $2, COALESCE(max(position), 0) + 1 FROM "ScorecardSection" WHERE "scorecardId" = $1
     RETURNING id`,
    [scorecardId, overrides.title ?? uniqueLabel("TEST SECTION")],
  );
  const commentaryIds: number[] = [];
  if (overrides.reportCommentary?.length) {
    const quarter = overrides.quarter ?? (await buildQuarter(server));
    for (const [position, text] of overrides.reportCommentary.entries()) {
      const [row] = await builderSql<{ id: number }>(
        server,
        `INSERT INTO "SectionCommentary" ("sectionId", "reportingPeriodId", text, position, origin, "updatedAt")
         VALUES ($1, $2, $3, $4, 'REPORT', now()) RETURNING id`,
        [section!.id, quarter.id, text, position],
      );
      commentaryIds.push(row!.id);
    }
  }
  return { id: section!.id, scorecardId, priority, commentaryIds };
}

async function newScorecardId(server: TestServer, priority: BuiltPriority): Promise<number> {
  const [scorecard] = await builderSql<{ id: number }>(
    server,
    `INSERT INTO "Scorecard" ("priorityId", title, kind, position)
     SELECT $1, $2, 'FORCE', count(*) + 1 FROM "Scorecard" WHERE "priorityId" = $1 RETURNING id`,
    [priority.id, uniqueLabel("Test scorecard")],
  );
  return scorecard!.id;
}
