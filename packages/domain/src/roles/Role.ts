/** What a signed-in person may do: a viewer reads, an editor also changes the scorecard, an admin also manages users. */
export type Role = "VIEWER" | "EDITOR" | "ADMIN";
