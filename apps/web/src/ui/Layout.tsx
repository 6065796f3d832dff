import { type ReactNode, useContext } from "react";
import { NavLink } from "react-router";
import { usePeriod } from "../app/usePeriod";
import { withPeriod } from "../app/withPeriod";
import { LayoutSlotsContext } from "./LayoutSlotsContext";

const NAV = [
  { to: "/", label: "Overview", end: true },
  { to: "/priorities/1", label: "Priorities", end: false },
  { to: "/cjs", label: "Criminal justice", end: true },
  { to: "/changes", label: "What changed", end: true },
  { to: "/governance", label: "Governance", end: true },
  { to: "/glossary", label: "Glossary", end: true },
];

function navClass({ isActive }: { isActive: boolean }): string {
  const base = "inline-flex min-h-11 items-center rounded px-3 font-medium";
  return isActive
    ? `${base} bg-white text-brand`
    : `${base} text-brand-ink underline-offset-4 hover:underline`;
}

/**
 * Page frame: skip link, header with the site name and navigation, and the main landmark. The header's
 * account area and any extra links come from LayoutSlotsContext; `headerExtra` is the page's own control.
 */
export function Layout({ children, headerExtra }: { children: ReactNode; headerExtra?: ReactNode }) {
  const period = usePeriod();
  const { account, navLinks } = useContext(LayoutSlotsContext);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        Skip to main content
      </a>
      <header className="bg-brand text-brand-ink">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-semibold">
            <NavLink to={withPeriod("/", period)} className="inline-flex min-h-11 items-center">
              Police and Crime Plan scorecard
            </NavLink>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {headerExtra}
            {account}
          </div>
        </div>
        <nav aria-label="Main" className="mx-auto max-w-screen-2xl px-4 pb-2">
          <ul className="flex flex-wrap gap-1">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={withPeriod(item.to, period)} end={item.end} className={navClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to={withPeriod("/present", period)} className={navClass}>
                Present
              </NavLink>
            </li>
            {navLinks.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end className={navClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
