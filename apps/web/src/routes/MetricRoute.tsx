import { useParams } from "react-router";
import { MetricPage } from "../features/metric/MetricPage";

export function MetricRoute() {
  const { id = "" } = useParams();
  return <MetricPage id={id} />;
}
