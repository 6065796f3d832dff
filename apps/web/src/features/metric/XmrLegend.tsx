import { Link } from "react-router";
import { glossaryHref } from "../../ui/glossaryAnchor";

const termLink = "text-link underline";

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
      {isTrendOnly ? (
        <li className="flex items-center gap-1">
          <svg width="24" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="24" y2="6" stroke="var(--color-ink)" strokeWidth="1.5" />
          </svg>
          <span>
            Trend of the values, no{" "}
            <Link to={glossaryHref("UCL")} className={termLink}>
              control limits
            </Link>
          </span>
        </li>
      ) : (
        <>
          <li className="flex items-center gap-1">
            <svg width="24" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="24" y2="6" stroke="var(--color-brand)" strokeWidth="2" />
            </svg>
            <span>
              <Link to={glossaryHref("Centre line")} className={termLink}>
                Centre line
              </Link>{" "}
              (mean)
            </span>
          </li>
          <li className="flex items-center gap-1">
            <svg width="24" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="24" y2="6" stroke="var(--color-muted)" strokeDasharray="6 4" />
            </svg>
            <span>
              Control limits (
              <Link to={glossaryHref("UCL")} className={termLink}>
                UCL
              </Link>
              ,{" "}
              <Link to={glossaryHref("LCL")} className={termLink}>
                LCL
              </Link>
              )
            </span>
          </li>
        </>
      )}
      {hasTarget ? (
        <li className="flex items-center gap-1">
          <svg width="24" height="12" aria-hidden="true">
            <line
              x1="0"
              y1="6"
              x2="24"
              y2="6"
              stroke="var(--color-target)"
              strokeWidth="2.5"
              strokeDasharray="10 4 2 4"
            />
          </svg>
          Target or SLA (its value is written on the line)
        </li>
      ) : null}
      {hasBand ? (
        <li className="flex items-center gap-1">
          <svg width="24" height="12" aria-hidden="true">
            <rect width="24" height="12" fill="var(--color-improvement-soft)" />
          </svg>
          95% confidence interval
        </li>
      ) : null}
      {isTrendOnly ? null : (
        <>
          <li className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <rect x="1" y="1" width="12" height="12" fill="var(--color-improvement)" />
            </svg>
            <span>
              Improvement (
              <Link to={glossaryHref("Special cause")} className={termLink}>
                special cause
              </Link>
              )
            </span>
          </li>
          <li className="flex items-center gap-1">
            <svg width="16" height="14" aria-hidden="true">
              <path d="M8,0 L15,14 L1,14 Z" fill="var(--color-concern)" />
            </svg>
            Concern (special cause)
          </li>
          <li className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <path d="M7,0 L14,7 L7,14 L0,7 Z" fill="var(--color-neutral)" />
            </svg>
            Unusual, neither better nor worse
          </li>
        </>
      )}
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4" fill="var(--color-ink)" />
        </svg>
        Filled: published value
      </li>
      {hasIllustrative ? (
        <li className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill="white" stroke="var(--color-ink)" strokeWidth="2" />
          </svg>
          <span>
            Hollow:{" "}
            <Link to={glossaryHref("Illustrative")} className={termLink}>
              illustrative
            </Link>{" "}
            value (generated)
          </span>
        </li>
      ) : null}
    </ul>
  );
}
