// The signed-in person's types live in the data layer, which stores them, so that the data layer
// never imports the request context (context.ts re-exports them for the HTTP layer and services).

import type { Role } from "@pcc/domain";

// The role ladder is the domain's, so the API, the web app and the seed rank roles alike.
export type { Role };

/** The signed-in person a request acts for. */
export interface Viewer {
  id: number;
  email: string;
  name: string;
  role: Role;
}
