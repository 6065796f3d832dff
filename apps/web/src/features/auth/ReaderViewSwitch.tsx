import { setViewingAsReader } from "./readerView";
import { useViewer } from "./useViewer";

/**
 * For a signed-in editor showing the scorecard in a meeting: hides editing controls and draft
 * narrative until pressed again. A toggle button: one name, its state in aria-pressed and, on screen,
 * a tick and a filled look.
 * Renders nothing for readers. `tone` matches the bar it sits in (the header is dark, slides light).
 */
export function ReaderViewSwitch({ tone = "onBrand" }: { tone?: "onBrand" | "onSurface" }) {
  const { hasEditRole, isViewingAsReader } = useViewer();
  if (!hasEditRole) return null;
  const look = TONES[tone][isViewingAsReader ? "pressed" : "released"];
  return (
    <button
      type="button"
      aria-pressed={isViewingAsReader}
      onClick={() => setViewingAsReader(!isViewingAsReader)}
      className={`inline-flex min-h-11 items-center rounded border-2 px-3 font-medium ${look}`}
    >
      {isViewingAsReader ? <span aria-hidden="true">✓&nbsp;</span> : null}
      View as reader
    </button>
  );
}

// Pressed is filled, released is outlined: the state shows by shape as well as by the words.
const TONES = {
  onBrand: { released: "border-white text-brand-ink", pressed: "border-white bg-white text-brand" },
  onSurface: { released: "border-brand text-brand", pressed: "border-brand bg-brand text-brand-ink" },
} as const;
