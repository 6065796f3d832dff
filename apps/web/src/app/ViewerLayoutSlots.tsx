import { type ReactNode, useMemo } from "react";
import { SignedInBadge } from "../features/auth/SignedInBadge";
import { useViewer } from "../features/auth/useViewer";
import { LayoutSlotsContext } from "../ui/LayoutSlotsContext";

// Editors only: the monthly load of observations and benchmarks.
const EDITOR_LINKS = [{ to: "/data/import", label: "Data load" }];

/** Fills the page frame's slots for the signed-in viewer: the account badge, and editors' extra links. */
export function ViewerLayoutSlots({ children }: { children: ReactNode }) {
  const { canEdit } = useViewer();
  const slots = useMemo(
    () => ({ account: <SignedInBadge />, navLinks: canEdit ? EDITOR_LINKS : [] }),
    [canEdit],
  );
  return <LayoutSlotsContext.Provider value={slots}>{children}</LayoutSlotsContext.Provider>;
}
