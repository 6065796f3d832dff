import { graphql, type Target } from "../probe.ts";
import type { KindResult } from "./KindResult.ts";

export interface RestartableDatabase {
  stop(): Promise<void>;
  start(): Promise<void>;
}

const READ = "{ deliverables { id } }";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Twenty readers loop for 12 s while PostgreSQL is stopped at 2 s and started again at 5 s. */
export async function postgresRestart(target: Target, database: RestartableDatabase): Promise<KindResult> {
  const answers: Awaited<ReturnType<typeof graphql>>[] = [];
  let running = true;
  let startedAgainAt = 0;
  let firstOkAfterRestart = 0;
  const reader = async () => {
    while (running) {
      const answer = await graphql(target, READ);
      answers.push(answer);
      if (startedAgainAt && !firstOkAfterRestart && answer.status === 200 && !answer.codes.length) {
        firstOkAfterRestart = performance.now();
      }
      await sleep(20);
    }
  };
  const readers = Array.from({ length: 20 }, reader);
  await sleep(2000);
  await database.stop();
  await sleep(3000);
  await database.start();
  startedAgainAt = performance.now();
  await sleep(7000);
  running = false;
  await Promise.all(readers);
  const recovery = firstOkAfterRestart ? `${(firstOkAfterRestart - startedAgainAt).toFixed(0)} ms` : "never";
  return {
    kind: "PostgreSQL stopped 3 s under 20 readers",
    answers,
    note: `first clean read ${recovery} after PostgreSQL was back`,
  };
}
