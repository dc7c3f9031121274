/** One place where the article states a quantity, before repeated mentions are merged. */
export interface Mention {
  /** Span of the quantity and its conversion, qualifier excluded. */
  start: number;
  end: number;
  value: number;
  unit: string;
  converted?: { value: number; unit: string };
  qualifier?: string;
  /** Where the qualifier starts; `start` when there is none. */
  qualifierStart: number;
  /** For counts: the noun phrase counted. */
  noun?: string;
}

/** A value in a unit: a figure's own reading or its conversion. */
export interface Reading {
  value: number;
  unit: string;
}

/** The readings of a mention: its own value, then its conversion if any. */
export function readingsOf(mention: Pick<Mention, 'value' | 'unit' | 'converted'>): Reading[] {
  const own = { value: mention.value, unit: mention.unit };
  return mention.converted === undefined ? [own] : [own, mention.converted];
}

/** True when two readings are the same amount in the same unit. */
export function sameReading(left: Reading, right: Reading): boolean {
  return left.unit === right.unit && Math.abs(left.value - right.value) <= Math.abs(left.value) * 1e-9;
}
