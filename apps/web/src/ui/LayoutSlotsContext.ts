import { createContext, type ReactNode } from "react";

/** A link the page frame adds to its main navigation, after the links every visitor gets. */
export type NavLinkItem = { to: string; label: string };

/**
 * What the page frame shows that depends on who is looking: the header's account area and extra
 * navigation links. The app composes them (app/ViewerLayoutSlots.tsx), so ui/ knows no feature.
 */
export type LayoutSlots = { account: ReactNode; navLinks: readonly NavLinkItem[] };

export const LayoutSlotsContext = createContext<LayoutSlots>({ account: null, navLinks: [] });
