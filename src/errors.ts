/** The one error type poimija throws for bad input, with a code scripts can branch on. */
export type PoimijaErrorCode =
  | "invalid_text"
  | "invalid_format"
  | "invalid_reference_date"
  | "invalid_time_zone"
  /** An option the schema does not know, or a value of the wrong type. */
  | "invalid_option"
  /** The input is longer than `maxLength`. */
  | "input_too_large"
  /** A gold file (poimija view --gold) that is not in the corpus format. */
  | "invalid_gold"
  /** A saved extraction that does not validate against the schema. */
  | "invalid_extraction";

export class PoimijaError extends TypeError {
  override readonly name = "PoimijaError";
  constructor(
    readonly code: PoimijaErrorCode,
    message: string,
  ) {
    super(message);
  }
}
