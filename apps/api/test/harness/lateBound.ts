/**
 * A stand-in for an object made in a `beforeAll` hook, so a test file can name it once at the top
 * (`const server = useTestServer()`) instead of declaring a variable and assigning it in the hook.
 * Reading it before the hook has run is a mistake in the test, and says so.
 */
export function lateBound<T extends object>(what: string): { value: T; bind(made: T): void } {
  let made: T | undefined;
  const value = new Proxy({} as T, {
    get(_target, key) {
      if (made === undefined) throw new Error(`${what} is made in beforeAll: use it inside a test or hook`);
      return Reflect.get(made, key);
    },
  });
  return {
    value,
    bind(next: T) {
      made = next;
    },
  };
}
