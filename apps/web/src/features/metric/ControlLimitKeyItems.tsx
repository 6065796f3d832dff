import { GlossaryLink } from "./GlossaryLink";
import { LegendItem } from "./LegendItem";
import { LineSwatch } from "./LineSwatch";

/** The key's entries for the lines of an XmR chart: its centre line and its control limits. */
export function ControlLimitKeyItems() {
  return (
    <>
      <LegendItem swatch={<LineSwatch stroke="var(--color-brand)" strokeWidth="2" />}>
        <span>
          <GlossaryLink term="Centre line">Centre line</GlossaryLink> (mean)
        </span>
      </LegendItem>
      <LegendItem swatch={<LineSwatch stroke="var(--color-muted)" strokeDasharray="6 4" />}>
        <span>
          Control limits (<GlossaryLink term="UCL">UCL</GlossaryLink>,{" "}
          <GlossaryLink term="LCL">LCL</GlossaryLink>)
        </span>
      </LegendItem>
    </>
  );
}
