import { normalise, type NormalisedText, type Token } from './normalise/pipeline';
import { firstNotBefore } from './search';

/** Letters that pupils type for digits (O for 0, l, I and | for 1), and where they may stand. */
const LOOKALIKE_DIGITS: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };
const LOOKALIKE_HINT = /\d[^\S\n]?[OoIl|]|[OoIl|][^\S\n]?\d/;
/** A run of digits and look-alikes with spaces, dots or dashes between, not inside a word. */
const NUMBER_RUN = /(?<![\p{L}\d])[\dOoIl|](?:[\dOoIl| .-]*[\dOoIl|])?(?![\p{L}\d])/gu;
const MIN_DIGITS = 4;

/**
 * The text under check, with its analyses computed once and shared by every rule: the first rule
 * that asks for tokens pays for the normalisation, the others reuse it.
 */
export class TextDocument {
  readonly text: string;
  private normalisedText: NormalisedText | undefined;
  private readonly memo = new Map<string, unknown>();

  constructor(text: string) {
    this.text = text;
  }

  get normalised(): NormalisedText {
    return (this.normalisedText ??= normalise(this.text));
  }

  get tokens(): Token[] {
    return this.normalised.tokens;
  }

  /** True when the text has an ASCII digit: the number rules skip the rest of their work without one. */
  get hasDigit(): boolean {
    return this.shared('hasDigit', () => /\d/.test(this.text));
  }

  /**
   * The text with look-alike letters read as digits inside numbers ("O6-l2345678" → "06-12345678"), same
   * length and offsets as {@link text}: what the number rules (BSN, phone, IBAN) match against.
   */
  get digitText(): string {
    return this.shared('digit-text', () => {
      if (!LOOKALIKE_HINT.test(this.text)) return this.text;
      return this.text.replace(NUMBER_RUN, (run) => {
        const digits = run.replace(/\D/g, '').length;
        const lookalikes = run.replace(/[^OoIl|]/g, '').length;
        return digits >= MIN_DIGITS && lookalikes > 0 && lookalikes * 2 <= digits ? run.replace(/[OoIl|]/g, (c) => LOOKALIKE_DIGITS[c]!) : run;
      });
    });
  }

  /** The number of the sentence (0, 1, …) that holds the character at `offset`. */
  sentenceAt(offset: number): number {
    const starts = this.shared('sentence-starts', () =>
      this.tokens.filter((token, index) => index > 0 && token.sentenceStart).map((token) => token.start),
    );
    return firstNotBefore(starts.length, (index) => starts[index]! <= offset);
  }

  /** Index of the last token that starts before `offset`; -1 if none. Binary search: rules call it per match. */
  tokenBefore(offset: number): number {
    const tokens = this.tokens;
    return firstNotBefore(tokens.length, (index) => tokens[index]!.start < offset) - 1;
  }

  /**
   * Shared analyses that threw and were left out (the rules went on without them), by source: the engine
   * reports them as it reports a failing rule, without text.
   */
  readonly failures: { source: string; error: unknown }[] = [];

  /** An analysis shared by several rules, computed on first use. */
  shared<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
