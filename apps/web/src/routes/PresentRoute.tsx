import { useParams } from "react-router";
import { DocumentTitle } from "../app/DocumentTitle";
import { PresentationPage } from "../features/presentation/PresentationPage";

export function PresentRoute() {
  const { slide } = useParams();
  return (
    <>
      <DocumentTitle />
      <PresentationPage slide={Math.max(1, Number(slide ?? 1) || 1)} />
    </>
  );
}
