import { GlossaryPage } from "../features/glossary/GlossaryPage";

export function GlossaryRoute() {
  return <GlossaryPage />;
}
