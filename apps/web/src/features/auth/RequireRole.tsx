import type { ReactNode } from "react";
import { useViewer } from "./useViewer";

/**
 * Renders its children only for a viewer with the role: atLeast EDITOR admits editors and admins, ADMIN
 * admits admins. Everyone else gets the fallback (nothing by default), so viewers see no edit controls.
 */
export function RequireRole({
  atLeast,
  children,
  fallback = null,
}: {
  atLeast: "EDITOR" | "ADMIN";
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const { canEdit, isAdmin, loading } = useViewer();
  if (loading) return null;
  const allowed = atLeast === "ADMIN" ? isAdmin : canEdit;
  return <>{allowed ? children : fallback}</>;
}
