import { useQuery } from "@apollo/client/react";
import { Navigate, Outlet } from "react-router";
import { PeriodPickerQuery } from "../../ui/PeriodPicker";
import { useViewer } from "../auth/useViewer";
import { errorCode } from "../editing/errorCode";
import { NotSetUpPage } from "./NotSetUpPage";

/**
 * Around the reading views: until a quarter is published the API answers NOT_SET_UP for the current
 * period, and a reader gets "not set up yet" instead of empty pages, while an admin is taken to the
 * setup page. It asks the period picker's own query, so a set-up scorecard costs no extra request.
 */
export function SetUpGate() {
  const { error } = useQuery(PeriodPickerQuery);
  const { viewer, isAdmin, loading } = useViewer();
  if (errorCode(error) !== "NOT_SET_UP") return <Outlet />;
  if (loading) return null;
  if (isAdmin) return <Navigate to="/setup" replace />;
  return <NotSetUpPage isSignedIn={viewer !== null} />;
}
