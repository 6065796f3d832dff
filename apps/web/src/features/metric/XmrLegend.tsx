/** Legend in words and shapes, matching XmrPoint's marks. */
export function XmrLegend({ hasTarget, hasBand }: { hasTarget: boolean; hasBand: boolean }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Chart key">
      <li className="flex items-center gap-1">
        <svg width="24" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="24" y2="6" stroke="var(--color-brand)" strokeWidth="2" />
        </svg>
        Centre line (mean)
      </li>
      <li className="flex items-center gap-1">
        <svg width="24" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="24" y2="6" stroke="var(--color-muted)" strokeDasharray="6 4" />
        </svg>
        Control limits
      </li>
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
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <rect x="1" y="1" width="12" height="12" fill="var(--color-improvement)" />
        </svg>
        Improvement (special cause)
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
        Special cause, neither
      </li>
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="white" stroke="var(--color-ink)" strokeWidth="2" />
        </svg>
        Hollow: illustrative value
      </li>
    </ul>
  );
}
