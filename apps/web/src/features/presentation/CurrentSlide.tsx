import type { ComponentProps } from "react";
import type { Slide } from "./buildSlides";
import { ExceptionSlide } from "./ExceptionSlide";
import { ExceptionsSummarySlide } from "./ExceptionsSummarySlide";
import { PrioritySlide } from "./PrioritySlide";

type Exception = ComponentProps<typeof ExceptionSlide>["exception"];
type Priority = ComponentProps<typeof PrioritySlide>["priority"];

/** The slide on screen, by its kind. */
export function CurrentSlide({ slide }: { slide: Slide<Exception, Priority> | undefined }) {
  if (slide?.kind === "exceptions") return <ExceptionsSummarySlide exceptions={slide.exceptions} />;
  if (slide?.kind === "exception")
    return <ExceptionSlide exception={slide.exception} index={slide.index} of={slide.of} />;
  if (slide?.kind === "priority") return <PrioritySlide priority={slide.priority} />;
  return null;
}
