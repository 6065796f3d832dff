/**
 * Plain words for a failed upload, by HTTP status, preferring the server's own message (it
 * names the missing column, the size limit, the row count). Sign-in problems say what to do.
 */
export function describeImportFailure(status: number, serverMessage: string | null): string {
  if (status === 401) return "Your session has ended. Sign in again, then load the file.";
  if (status === 403) return "Only editors can load data. Ask an admin for the editor role.";
  if (serverMessage) return serverMessage;
  if (status === 413) return "The file is too large. Split it into smaller files.";
  if (status === 415) return "Choose a .csv or .xlsx file.";
  return `The file could not be loaded (the server answered ${status}). Try again in a moment.`;
}
