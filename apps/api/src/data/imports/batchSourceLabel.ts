/** How an imported row names where it came from (Observation.sourceRelease, Benchmark.source). */
export function batchSourceLabel(batchId: number, fileName: string): string {
  return `Import batch ${batchId}: ${fileName}`;
}
