import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { Outlet, useNavigate, useSearchParams } from "react-router";
import { PeriodPickerQuery } from "../../ui/PeriodPicker";
import { useViewer } from "../auth/useViewer";
import { errorCode } from "../editing/errorCode";
import { NotSetUpPage } from "./NotSetUpPage";

/**
 * Around the reading views: until a quarter is published the API answers NOT_SET_UP for the current
 * period, and a reader gets "not set up yet" instead of empty pages, while an admin is taken to the
 * setup page. It asks the period picker's own query, which the pages with a picker have already asked.
 * An editor or admin who names a quarter (?period=) goes through to it: the first quarter is a draft
 * until it is published, and its pages are where it is written and published.
 */
export function SetUpGate() {
  // Not on the server: a page it renders is one whose queries all answered (a set-up scorecard), and
  // views without the picker (glossary, governance) would otherwise send one more query there.
  const { error } = useQuery(PeriodPickerQuery, { ssr: false });
  const { viewer, isAdmin, canEdit, loading } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const opensNamedQuarter = canEdit && params.has("period");
  const isNotSetUp = errorCode(error) === "NOT_SET_UP" && !opensNamedQuarter;
  const sendsToSetup = isNotSetUp && !loading && isAdmin;
  // In an effect, not <Navigate>: the server renders this page too, and only a browser can move on.
  useEffect(() => {
    if (sendsToSetup) void navigate("/setup", { replace: true });
  }, [sendsToSetup, navigate]);
  if (!isNotSetUp) return <Outlet />;
  if (loading || isAdmin) return null;
  return <NotSetUpPage isSignedIn={viewer !== null} />;
}
