import type { AssuranceIcon, MetricBasis, SpcStatus, VariationIcon } from "../gql/graphql";
import {
  assuranceMeaning,
  type SignalMeaning,
  type SignalTone,
  trendOnlyMeaning,
  variationMeaning,
} from "./signalMeaning";

const TONE: Record<SignalTone, string> = {
  improvement: "border-improvement bg-improvement-soft text-improvement",
  concern: "border-concern bg-concern-soft text-concern",
  neutral: "border-neutral bg-neutral-soft text-neutral",
  pass: "border-pass bg-pass-soft text-pass",
  fail: "border-fail bg-fail-soft text-fail",
};

const GLYPH: Record<SignalMeaning["glyph"], string> = {
  up: "M8 3 L13 10 H10 V13 H6 V10 H3 Z",
  down: "M8 13 L13 6 H10 V3 H6 V6 H3 Z",
  dash: "M3 7 H13 V9 H3 Z",
  tick: "M2 8 L4 6 L7 9 L12 3 L14 5 L7 12 Z",
  cross: "M3 5 L5 3 L8 6 L11 3 L13 5 L10 8 L13 11 L11 13 L8 10 L5 13 L3 11 L6 8 Z",
  tilde: "M2 9 C4 5 6 5 8 8 C10 11 12 11 14 7 L14 9 C12 13 10 13 8 10 C6 7 4 7 2 11 Z",
  trend: "M2 12 L6 8 L9 10 L14 4 L14 6.5 L9 12 L6 10 L3 13.5 Z",
  pause: "M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z",
  none: "M7 3 H9 V9 H7 Z M7 11 H9 V13 H7 Z",
};

/**
 * One badge: glyph and words (never colour alone), kept on one line so a phrase never breaks in the
 * middle. The title gives mouse users the plain meaning; the page's badge key and the drill-down say
 * it in visible text for everyone else.
 */
function Badge({
  meaning,
  prefix,
  isLarge,
  illustrative,
}: {
  meaning: SignalMeaning;
  prefix: string;
  isLarge?: boolean;
  illustrative?: boolean;
}) {
  return (
    <>
      <span
        title={meaning.meaning}
        className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 font-medium ${isLarge ? "text-2xl" : "text-sm"} ${TONE[meaning.tone]}`}
      >
        <svg
          viewBox="0 0 16 16"
          className={isLarge ? "size-6" : "size-4"}
          aria-hidden="true"
          fill="currentColor"
        >
          <path d={GLYPH[meaning.glyph]} />
        </svg>
        <span>
          <span className="sr-only">{prefix}: </span>
          {meaning.text}
          {illustrative ? <span className="sr-only">, resting on illustrative months</span> : null}
        </span>
      </span>
      {illustrative ? (
        <span
          aria-hidden="true"
          className={`inline-flex items-center whitespace-nowrap rounded bg-illustrative-soft px-1 text-illustrative ${isLarge ? "text-2xl" : "text-sm"}`}
        >
          signal rests on illustrative months
        </span>
      ) : null}
    </>
  );
}

/**
 * Making Data Count's variation and assurance icons as shape plus plain words. A series charted as a
 * trend (rolling, "12 months to" or quarterly) has no limits, so it says so instead of a variation.
 */
export function SignalIcon({
  variation,
  assurance,
  status,
  basis,
  illustrative,
  isLarge,
}: {
  variation: VariationIcon;
  assurance?: AssuranceIcon;
  /** The chart's status: TREND_ONLY shows the trend badge in place of a variation. */
  status?: SpcStatus;
  /** Needed with TREND_ONLY to say which kind of trend. */
  basis?: MetricBasis;
  /** The variation's signal rests on illustrative (generated) months. */
  illustrative?: boolean;
  /** Presentation mode's larger type. */
  isLarge?: boolean;
}) {
  const target = assurance ? assuranceMeaning(assurance) : null;
  const isTrendOnly = status === "TREND_ONLY";
  const variationBadge = isTrendOnly
    ? trendOnlyMeaning(basis ?? "ROLLING_12_MONTHS")
    : variationMeaning(variation);
  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-1">
      <Badge
        meaning={variationBadge}
        prefix="Variation"
        isLarge={isLarge}
        illustrative={!isTrendOnly && illustrative}
      />
      {target ? <Badge meaning={target} prefix="Target" isLarge={isLarge} /> : null}
    </span>
  );
}
