import type { Category } from './categories';
import { mayHoldEnglish } from './english/function-words';
import type { TextDocument } from './document';
import type { LogoFingerprint } from './logo/matcher';
import type { Box, ImageRegion, ImageText } from './ocr/layout';

/** Findings kept per rule and text; a dialog cannot show more. The rest of a long text is still checked. */
export const MAX_FINDINGS_PER_RULE = 200;

export type Severity = 'info' | 'waarschuwing' | 'ernstig';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, waarschuwing: 1, ernstig: 2 };

/** Orders rule ids by their characters, the same on every machine (no locale, no collator to load). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Texts longer than this are checked in pieces, handing the page's thread back between them. */
export const SLICE_CHARS = 8_000;
/** The same for texts that may hold English: reading English costs several times more per character. */
export const ENGLISH_SLICE_CHARS = 300;

/** The longest piece of this text checked in one task. */
export function sliceCharsFor(text: string): number {
  return text.length > ENGLISH_SLICE_CHARS && mayHoldEnglish(text) ? ENGLISH_SLICE_CHARS : SLICE_CHARS;
}
export type Role = 'leerling' | 'medewerker';

/** What the engine reports. Other code and tools depend on exactly these fields. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text as typed, so highlights land on the original characters. */
  start: number;
  end: number;
  /** Which of the rule's messages this is (a key of its `meta.messages`), as ESLint names them. */
  messageId: string;
  /** Dutch, language level B1, kind. */
  message: string;
  /** Key of the protocol clause in rules/data/protocol-clauses.json the finding rests on. */
  protocolRef: string;
}

export interface SchoolSettings {
  /** The school's name as people write it, e.g. "Clusius College". Empty when not configured. */
  name: string;
  /** Other names: abbreviations, location names ("CCC", "het Clusius"). */
  aliases: string[];
  /** The disclaimer staff are offered; its presence in a post silences the reminder. */
  disclaimerText: string;
  /** True when the account posting is one of the school's own official accounts. */
  isOfficialAccount: boolean;
}

/** What is known of this one post besides its text. */
export interface PostInfo {
  /** Photos and videos attached to the post (file input, paste or drop). */
  attachments: number;
}

export interface CheckContext {
  role: Role;
  school: SchoolSettings;
  post?: PostInfo;
  /** The school's own words per category (policy extraTerms). */
  extraTerms?: Partial<Record<Category, string[]>>;
  /** Words that never give a finding (policy allowTerms), e.g. parts of the school's name or places. */
  allowTerms?: string[];
}

export interface RuleMeta {
  /** Unique, kebab-case; also the name of the rule's file and of its test table. */
  id: string;
  category: Category;
  /** The usual severity; a rule may report a different one per finding. */
  severity: Severity;
  /** Key into protocol-clauses.json. */
  protocolRef: string;
  /** Dutch messages by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
  /** One line in English for developers: what the rule looks for. */
  description: string;
  /** The rule reports in the category the data gives (meta.category is the usual one). */
  categoryFromData?: boolean;
  /**
   * The rule's findings become `ernstig`, with message `messageId`, when a finding of one of these
   * categories (a warning or more) or of one of these rules stands in the same sentence: a name next to an
   * insult or a private fact.
   */
  seriousWith?: { categories?: Category[]; ruleIds?: string[]; messageId: string };
  /**
   * A second opinion: the rule's findings stand only where no other rule of its category reported in the same
   * stretch. It adds what the others miss, never a second finding beside theirs.
   */
  secondOpinion?: boolean;
}

export interface Report {
  messageId: string;
  /** For rules whose findings take their category from data (the school's own words). */
  category?: Category;
  start: number;
  end: number;
  severity?: Severity;
  /**
   * The protocol clause this finding rests on, when it is not the rule's usual one (`meta.protocolRef`):
   * a rule that reads several kinds of abuse names, per finding, the clause about that kind.
   */
  protocolRef?: string;
  data?: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: TextDocument, context: CheckContext, report: (report: Report) => void): void;
}

/** Decoded pixels, RGBA, row by row (what ImageData holds). */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Where the image goes: into a post, or onto a profile. */
export type ImagePurpose = 'post' | 'profile';

/** One image to check, and what is known besides its pixels. */
export interface ImageInput {
  pixels: Pixels;
  purpose: ImagePurpose;
  context: CheckContext;
  /** The school's logos (policy `logos`), fingerprinted once. */
  logos: readonly LogoFingerprint[];
}

/**
 * A rule over an attached image or a new profile photo. Its findings are about the whole image, so they
 * report `start` and `end` 0. The check works in steps (each `yield` is a place to pause), so a page can
 * stay responsive while it runs.
 */
export interface ImageRule {
  meta: RuleMeta;
  /** The images it looks at. */
  purpose: ImagePurpose;
  check(image: ImageInput, report: (report: Report) => void): Generator<void, void>;
}

/**
 * A finding about text read in an attached image (OCR): the same finding as for typed text, with where
 * in the image it stands. `start` and `end` are offsets in the recognised text, `excerpt` is that part of
 * it, and `regions` the boxes to mark on the image, as fractions of its size.
 */
export interface ImageFinding extends Finding {
  source: 'image';
  excerpt: string;
  regions: ImageRegion[];
  /** The image, small, for the dialog to show with the regions marked (set in the browser). */
  thumbnail?: Pixels;
}

/** A report of a rule over an image's text, with the boxes of what it found (pixels of the image read). */
export interface ImageTextReport extends Report {
  boxes: Box[];
}

/**
 * A rule over the text read in an image as a whole, with its layout: what kind of image it is (a chat
 * screenshot, a list of grades, a test paper). The text rules read the same text on their own.
 */
export interface ImageTextRule {
  meta: RuleMeta;
  check(image: ImageText, doc: TextDocument, context: CheckContext, report: (report: ImageTextReport) => void): void;
}
