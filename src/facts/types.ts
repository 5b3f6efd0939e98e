/**
 * Facts: the checkable statements of a deliverable (an offer, a code, a
 * deadline, a link …), each with the text it was read from and a canonical
 * value, so that equal values written differently compare equal.
 */
export const FACT_KINDS = [
  'discount',
  'price',
  'code',
  'start',
  'deadline',
  'trial',
  'link',
  'phone',
  'hashtag',
  'product',
  'cta',
  'tagline',
  'pillar',
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  kind: FactKind;
  /**
   * The canonical value: "20%", "USD 49/month", "SPRING20", "2026-05-31"
   * (or "--05-31" without a known year, "Sunday" for a weekday alone),
   * "14 days", "acme.com/spring?utm_campaign=spring-sale", "+14155550100",
   * "#AcmeSpring", a product name, a CTA, a pillar id.
   */
  value: string;
  /** The text as written in the segment. */
  text: string;
  /** Source range of the text in the document. */
  start: number;
  end: number;
  segment: number;
  /** Parts of a structured value: a link's host, path and UTM parameters. */
  parts?: Record<string, string>;
  /** A link read out in a call script: it can carry no UTM parameters, so only its page compares. */
  spoken?: boolean;
  /**
   * A link that plays the landing page's part: a button, or a link in copy
   * that states the offer or asks the reader to sign up. Other links (an
   * event page, a guide) only compare when they point at the landing page.
   */
  offerLink?: boolean;
}
