import { useCallback, useEffect, useMemo, useRef } from "react";
import { useNavigate } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { withPeriod } from "../../app/withPeriod";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { ReaderViewSwitch } from "../auth/ReaderViewSwitch";
import { buildSlides } from "./buildSlides";
import { CurrentSlide } from "./CurrentSlide";
import { nextSlide, type PresentationAction } from "./presentationKeyAction";
import { SlideControls } from "./SlideControls";
import { usePresentation } from "./usePresentation";
import { usePresentationKeys } from "./usePresentationKeys";

/** Presentation mode: large type, exceptions then priorities, driven by keyboard or clicker. Esc leaves. */
export function PresentationPage({ slide }: { slide: number }) {
  const period = usePeriod();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const { data, loading, error, refetch } = usePresentation(period);
  const slides = useMemo(() => (data ? buildSlides(data.exceptions, data.priorities) : []), [data]);
  const count = slides.length;
  const goTo = useCallback(
    (n: number) => navigate(withPeriod(`/present/${n}`, period), { replace: true }),
    [navigate, period],
  );
  const onAction = useCallback(
    (action: NonNullable<PresentationAction>) => {
      if (action === "exit") navigate(withPeriod("/", period));
      else goTo(nextSlide(slide, action, count));
    },
    [navigate, period, goTo, slide, count],
  );
  usePresentationKeys(onAction);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the new slide whenever the slide changes
  useEffect(() => {
    mainRef.current?.focus();
  }, [slide]);
  const current = slides[Math.min(slide, count) - 1];
  return (
    <div className="flex min-h-screen flex-col bg-surface">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-6 py-3">
        <p className="text-xl font-semibold">
          Police and Crime Plan{data ? ` · ${data.currentPeriod.label}` : ""}
        </p>
        <SlideControls slide={slide} count={count} period={period} onMove={onAction} />
        <ReaderViewSwitch tone="onSurface" />
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto w-full max-w-screen-xl flex-1 px-6 py-8 focus:outline-none"
      >
        {loading && !data ? <LoadingState what="the presentation" /> : null}
        {error ? <ErrorState what="the presentation" error={error} onRetry={() => void refetch()} /> : null}
        {data && !current ? <EmptyState title="Nothing to present for this period" /> : null}
        <CurrentSlide slide={current} />
      </main>
      <footer className="px-6 py-2 text-sm text-muted">
        Keys: → or Page Down or Space for next, ← or Page Up for previous, Home and End, Esc to leave.
      </footer>
    </div>
  );
}
