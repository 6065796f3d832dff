import { useParams } from "react-router";
import { BenchmarkPage } from "../features/benchmarking/BenchmarkPage";

export function BenchmarkRoute() {
  const { id = "" } = useParams();
  return <BenchmarkPage id={id} />;
}
