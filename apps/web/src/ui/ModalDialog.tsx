import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (the focus trap),
 * Escape closes it, and on close focus returns to what had it before (WCAG 2.4.3). Rendered only
 * while open, so a closed editor leaves nothing in the accessibility tree.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  role,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: "alertdialog";
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    else dialog.setAttribute("open", "");
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      aria-modal="true"
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-4xl" : "max-w-xl"} rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/50`}
    >
      <div className="max-h-[85vh] overflow-y-auto p-6">
        <h2 id={titleId} className="text-xl font-semibold">
          {title}
        </h2>
        <div className="mt-4">{children}</div>
      </div>
    </dialog>
  );
}
