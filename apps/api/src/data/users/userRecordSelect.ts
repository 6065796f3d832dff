/** The columns of a UserRecord (records.ts): never the password hash. */
export const userRecordSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  isDemo: true,
  version: true,
} as const;
