let made = 0;

/** "<prefix> <n>", different on every call, so built rows never meet each other's unique keys. */
export function uniqueLabel(prefix: string): string {
  made += 1;
  return `${prefix} ${made}`;
}
