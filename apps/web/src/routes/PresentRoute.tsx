import { useParams } from "react-router";
import { PresentationPage } from "../features/presentation/PresentationPage";

export function PresentRoute() {
  const { slide } = useParams();
  return <PresentationPage slide={Math.max(1, Number(slide ?? 1) || 1)} />;
}
