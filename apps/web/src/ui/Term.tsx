import { useEffect, useId, useState } from "react";

/**
 * An acronym whose meaning shows on hover, keyboard focus and tap, and hides on Escape
 * (WCAG 1.4.13: content on hover or focus is dismissible, hoverable and persistent).
 */
export function Term({ acronym, meaning }: { acronym: string; meaning: string }) {
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    if (!isOpen) return;
    const close = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [isOpen]);
  return (
    // Hover on the wrapper keeps the tooltip open while the pointer is over it (WCAG 1.4.13); keyboard and
    // tap use the button. Only a mouse hovers: a tap's compatibility mouse events must not close what it opened.
    <span
      className="relative inline-block"
      onPointerEnter={(e) => e.pointerType === "mouse" && setOpen(true)}
      onPointerLeave={(e) => e.pointerType === "mouse" && setOpen(false)}
    >
      <button
        type="button"
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        className="cursor-help border-b-2 border-dotted border-current font-[inherit] leading-none"
      >
        {acronym}
      </button>
      <span
        role="tooltip"
        id={id}
        className={`${isOpen ? "block" : "hidden"} absolute left-0 top-full z-40 mt-1 w-max max-w-64 rounded bg-ink px-2 py-1 text-sm font-normal text-white shadow-lg`}
      >
        {meaning}
      </span>
    </span>
  );
}
