let made = 0;

/**
 * "<prefix><separator><n>", different on every call, so built rows never meet each other's unique
 * keys: `uniqueLabel("Test priority")` for a title, `uniqueLabel("test-metric", "-")` for a slug.
 */
export function uniqueLabel(prefix: string, separator = " "): string {
  made += 1;
  return `${prefix}${separator}${made}`;
}
