import { ControlLimitKeyItems } from "./ControlLimitKeyItems";
import { GlossaryLink } from "./GlossaryLink";
import { LegendItem } from "./LegendItem";
import { LineSwatch } from "./LineSwatch";
import { MarkSwatch } from "./MarkSwatch";
import { SignalKeyItems } from "./SignalKeyItems";

/**
 * Legend in words and shapes, matching XmrPoint's marks, with the SPC words linked to the glossary.
 * A trend-only chart has no centre line, limits or signals, so its key lists none.
 */
export function XmrLegend({
  hasTarget,
  hasBand,
  isTrendOnly = false,
  hasIllustrative = true,
}: {
  hasTarget: boolean;
  hasBand: boolean;
  isTrendOnly?: boolean;
  hasIllustrative?: boolean;
}) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Chart key">
      {isTrendOnly ? <TrendKeyItem /> : <ControlLimitKeyItems />}
      {hasTarget ? (
        <LegendItem
          swatch={<LineSwatch stroke="var(--color-target)" strokeWidth="2.5" strokeDasharray="10 4 2 4" />}
        >
          Target or SLA (its value is written on the line)
        </LegendItem>
      ) : null}
      {hasBand ? <ConfidenceBandKeyItem /> : null}
      {isTrendOnly ? null : <SignalKeyItems />}
      <LegendItem
        swatch={
          <MarkSwatch>
            <circle cx="7" cy="7" r="4" fill="var(--color-ink)" />
          </MarkSwatch>
        }
      >
        Filled: published value
      </LegendItem>
      {hasIllustrative ? <IllustrativeKeyItem /> : null}
    </ul>
  );
}

/** A trend-only chart's one line, and why it has no limits. */
function TrendKeyItem() {
  return (
    <LegendItem swatch={<LineSwatch stroke="var(--color-ink)" strokeWidth="1.5" />}>
      <span>
        Trend of the values, no <GlossaryLink term="UCL">control limits</GlossaryLink>
      </span>
    </LegendItem>
  );
}

/** A survey's shaded band around its values. */
function ConfidenceBandKeyItem() {
  return (
    <LegendItem
      swatch={
        <svg width="24" height="12" aria-hidden="true">
          <rect width="24" height="12" fill="var(--color-improvement-soft)" />
        </svg>
      }
    >
      95% confidence interval
    </LegendItem>
  );
}

/** Hollow marks are generated months, not published ones. */
function IllustrativeKeyItem() {
  return (
    <LegendItem
      swatch={
        <MarkSwatch>
          <circle cx="7" cy="7" r="5" fill="white" stroke="var(--color-ink)" strokeWidth="2" />
        </MarkSwatch>
      }
    >
      <span>
        Hollow: <GlossaryLink term="Illustrative">illustrative</GlossaryLink> value (generated)
      </span>
    </LegendItem>
  );
}
