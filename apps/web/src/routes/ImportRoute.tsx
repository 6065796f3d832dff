import { RequireRole } from "../features/auth/RequireRole";
import { ImportPage } from "../features/imports/ImportPage";
import { ImportSignInPrompt } from "../features/imports/ImportSignInPrompt";

/** /data/import: the monthly data load, for editors and admins; everyone else is asked to sign in. */
export function ImportRoute() {
  return (
    <RequireRole atLeast="EDITOR" fallback={<ImportSignInPrompt />}>
      <ImportPage />
    </RequireRole>
  );
}
