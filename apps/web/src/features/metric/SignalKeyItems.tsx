import { GlossaryLink } from "./GlossaryLink";
import { LegendItem } from "./LegendItem";
import { MarkSwatch } from "./MarkSwatch";

/**
 * The key's entries for special-cause points: each a shape as well as a colour (WCAG 1.4.1), drawn as
 * XmrPoint draws them.
 */
export function SignalKeyItems() {
  return (
    <>
      <LegendItem
        swatch={
          <MarkSwatch>
            <rect x="1" y="1" width="12" height="12" fill="var(--color-improvement)" />
          </MarkSwatch>
        }
      >
        <span>
          Improvement (<GlossaryLink term="Special cause">special cause</GlossaryLink>)
        </span>
      </LegendItem>
      <LegendItem
        swatch={
          <MarkSwatch width="16">
            <path d="M8,0 L15,14 L1,14 Z" fill="var(--color-concern)" />
          </MarkSwatch>
        }
      >
        Concern (special cause)
      </LegendItem>
      <LegendItem
        swatch={
          <MarkSwatch>
            <path d="M7,0 L14,7 L7,14 L0,7 Z" fill="var(--color-neutral)" />
          </MarkSwatch>
        }
      >
        Unusual, neither better nor worse
      </LegendItem>
    </>
  );
}
