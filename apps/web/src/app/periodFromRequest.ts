/** The ?period= of a route loader's request, as usePeriod reads it in the page. */
export function periodFromRequest(request: Request): string | undefined {
  return new URL(request.url).searchParams.get("period") ?? undefined;
}
