import { useParams } from "react-router";
import { PriorityPage } from "../features/priority/PriorityPage";

export function PriorityRoute() {
  const { number } = useParams();
  return <PriorityPage number={Number(number)} />;
}
