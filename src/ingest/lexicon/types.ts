import type { EngagementKind, InstrumentKind, Sector } from '../../contracts/index.js';

/**
 * Shapes of the per-language lexicons. Lexicons are data: every rule that reads a language looks
 * its words up here, so adding a title, a sector term or a cue is a one-line change in one file.
 */

/** Rank of a post, the coarse ladder PRODUCT.md uses for people. */
export type Rank = 'head_of_state' | 'head_of_government' | 'minister' | 'deputy' | 'ambassador' | 'speaker' | 'official' | 'other';

/** A title or office as written, lower case; `pattern` is a regex source matched case-insensitively. */
export interface TitleEntry { pattern: string; rank: Rank }

/** A cue for an engagement kind; `pattern` is a regex source. */
export interface EngagementCue { pattern: string; kind: EngagementKind }

/** A head noun of an instrument title (all inflected forms for Russian). */
export interface InstrumentHead { pattern: string; kind: InstrumentKind; nominative?: string }

/** A term that names an area of cooperation; a few name two at once ("food and water security"). */
export interface SectorTerm { pattern: string; sector: Sector; also?: Sector }

export type AgreementStatus = 'signed' | 'announced' | 'under_negotiation' | 'ratified' | 'in_force';

/** Everything a stage needs to know about one language. */
export interface Lexicon {
  /** Month names (regex sources) in calendar order, January first. */
  months: string[];
  /** Weekday names (regex sources), Monday first: "on Monday" is the last Monday up to the reference date. */
  weekdays: string[];
  /** Words for today / yesterday / this morning, resolved against the reference date. */
  relativeDays: { pattern: string; offset: number }[];
  titles: TitleEntry[];
  /** Honorifics stripped from names. */
  honorifics: string[];
  /** Lower-case particles allowed inside a name ("bin", "de", "van"). */
  nameParticles: string[];
  /** Words that look like names but are not (capitalised common words of readouts). */
  notNames: string[];
  engagementCues: EngagementCue[];
  /** Words that make an engagement a future one. */
  futureCues: string[];
  /** Words that make an engagement an earlier one the text recalls ("in follow-up to", "в развитие"). */
  earlierCues: string[];
  formatCues: { pattern: string; format: 'one_on_one' | 'expanded' }[];
  instrumentHeads: InstrumentHead[];
  /** Words that open the complement of a title ("on", "between", "о", "sur"). */
  titleComplements: string[];
  /** Where a title stops: verbs and clause openers after the title. */
  titleStops: string[];
  statusCues: { pattern: string; status: AgreementStatus }[];
  /** Party words that set the level of an instrument. */
  levelCues: { pattern: string; level: 'interstate' | 'intergovernmental' | 'interagency' | 'other' }[];
  /** Headings of signing lists ("the following documents were signed"). */
  listHeads: string[];
  sectors: SectorTerm[];
  /** Markers that a sector term is only a benefit or background, not cooperation. */
  sectorNegations: string[];
  /** Spokespeople and other non-participants by function. */
  nonParticipantCues: string[];
}
