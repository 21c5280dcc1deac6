/** The one error type poimija throws for bad input, with a code scripts can branch on. */
export type PoimijaErrorCode = "invalid_text" | "invalid_format" | "invalid_reference_date" | "invalid_time_zone" | "invalid_gold" | "invalid_extraction";

export class PoimijaError extends TypeError {
  override readonly name = "PoimijaError";
  constructor(
    readonly code: PoimijaErrorCode,
    message: string,
  ) {
    super(message);
  }
}
