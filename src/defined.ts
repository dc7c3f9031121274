/** Optional fields as `exactOptionalPropertyTypes` wants them: absent, never `undefined`. */
export type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Copies an object without its undefined fields, so it can fill optional properties. */
export function withoutUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Defined<T>;
}
