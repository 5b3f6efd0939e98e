/** A stretch of a unit's text that a rule or a matcher found, with its source range. */
export interface TextHit {
  unit: number;
  /** Offsets in the unit text. */
  start: number;
  end: number;
  text: string;
  sourceStart: number;
  sourceEnd: number;
  segment: number;
}
