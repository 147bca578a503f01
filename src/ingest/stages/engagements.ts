import type { EngagementFormat, EngagementKind, Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import type { Rank } from '../lexicon/types.js';
import type { DateMention } from './dates.js';
import { PhraseMatcher, wordStarts } from './matcher.js';
import type { PlaceMention } from './places.js';
import type { Sentence } from './segment.js';
import { sentenceAt } from './segment.js';
import { perLanguage } from '../../reference/perLanguage.js';

/**
 * Stage: engagements. The readout's own engagement is read from the headline and the lead: its kind
 * from the strongest cue (a call beats a named visit, which beats a session, a summit, talks, and a
 * bare signing or statement), its date from the cue's sentence, else the dateline, else the
 * headline, else "today" in the lead. Earlier engagements the text names with a date or a place
 * ("the Summit in St Petersburg in 2023", "during the official visit of 17 January") are added;
 * future ones ("the next meeting will be held in 2023") are not.
 */

export interface Cue { kind: EngagementKind; start: number; end: number; text: string }
export interface EngagementDraft {
  type: EngagementKind; date: DateMention | null; place: PlaceMention | null;
  format: EngagementFormat | null; formatSpans: { start: number; end: number; text: string }[];
  cue: Cue; isMain: boolean; status: 'held' | 'planned';
  /** Date at month precision taken from the main engagement (meetings the call took place during). */
  inheritedMonth: string | null;
  /**
   * The publication day, for the main engagement when the text names no day for it: a readout
   * reports what it reports on the day it is published (ANNOTATION_NOTES: implicit dates resolve
   * against the publication date). Never set for an engagement the text recalls.
   */
  implicitDay?: string | null;
}

/** Lines of a release that frame it rather than report: office, attribution, "Begin text". */
const BOILERPLATE = /^(?:Office of the Spokesperson|Begin [Tt]ext:?|End [Tt]ext\.?|\* \* \*)$|text of (?:a|the) (?:following )?(?:joint )?statement|following (?:is|statement)|is attributable to|(?:was|were) (?:released|issued) by|issued by the/i;

const KIND_PRIORITY: EngagementKind[] = ['phone_call', 'state_visit', 'official_visit', 'working_visit', 'commission_session', 'summit', 'ministerial_meeting', 'talks', 'other'];
const cueMatcher = perLanguage((lang) => new PhraseMatcher<EngagementKind>(LEXICONS[lang].engagementCues.map((c) => ({ pattern: c.pattern, value: c.kind })), 'i'));

/** All engagement cues of a text. */
export function findCues(text: string, lang: Language): Cue[] {
  return cueMatcher(lang).findAll(text, wordStarts(text)).map((m) => ({ kind: m.value, start: m.start, end: m.end, text: m.text }));
}

export interface EngagementInput {
  text: string; lang: Language; sentences: Sentence[]; dates: DateMention[]; places: PlaceMention[];
  titleEnd: number; principalRanks: (Rank | null)[];
  /** Where each of principalRanks is named (same order): the ranks named in the headline and lead tell who meets. */
  principalStarts?: number[];
  /** YYYY-MM-DD the text is read on: an earlier engagement dated after it is a planned one. */
  referenceDate?: string | null;
  /** YYYY-MM-DD the text was published: the day of the reported engagement when it names none. */
  publishedOn?: string | null;
  /** Titled people of the sides, where they stand: who holds a further meeting the text reports. */
  people?: { start: number; rank: Rank | null }[];
}

const futureRe = perLanguage((lang) => new RegExp(`(?<![\\p{L}])(?:${LEXICONS[lang].futureCues.join('|')})(?![\\p{L}])`, 'iu'));
const isFuture = (lang: Language, s: string) => futureRe(lang).test(s);

/** A relative clause that puts the named event ahead ("…стратегического диалога, очередной раунд которого состоится в Москве"). */
/** The same in French and English: "au sixième sommet, prévu à Alger en 2026", "the summit, scheduled for May". */
const RELATIVE_FUTURE = /^[^.;,]*,\s*(?:(?:\p{L}+\s+){0,2}котор\p{L}*\s+(?:\p{L}+\s+)?(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|запланирован\p{L}*|намечен\p{L}*)|qui (?:se tiendra|aura lieu|doi(?:t|vent) se tenir|devrai(?:t|ent) se tenir)|(?:pr[ée]vue?s?|programm[ée]e?s?) (?:à|en|pour|au|le|les|du|dans|d[ée]but|fin|courant)|(?:scheduled|planned|due|set) (?:for|to|in)|(?:which|that) will (?:be held|take place))(?![\p{L}])/iu;
/**
 * RELATIVE_FUTURE on the 160 units after a cue, tried only where it can match: the first of
 * '.', ';', ',' there is a comma.
 */
function isRelativeFuture(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 160);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) return RELATIVE_FUTURE.test(text.slice(from, to));
    if (c === 0x2e || c === 0x3b) return false;
  }
  return false;
}
const SIGN_VERB = /^(?:sign|ont sign|a sign|signent|подписали)/iu;
const VISIT_KINDS: EngagementKind[] = ['state_visit', 'official_visit', 'working_visit'];
/** A principal staying in the host country: the present of being somewhere, in the three languages. */
const STAYING = /(?<![\p{L}])(?:is (?:in|on)|are (?:in|on)|находит\p{L}*|пребыва\p{L}*|se trouve\p{L}*|séjourne\p{L}*|effectue\p{L}*)(?![\p{L}])/iu;
const earlierRe = perLanguage((lang) => new RegExp(`(?<![\\p{L}])(?:${LEXICONS[lang].earlierCues.join('|')})(?![\\p{L}])`, 'iu'));
/** The clause says the engagement is an earlier one ("in follow-up to", "в развитие", "last week"). */
function isRecalled(lang: Language, clause: string): boolean {
  return earlierRe(lang).test(clause);
}
/** A visit cue that frames the reported meeting: no date of its own in its clause, not recalled. */
function isFrameVisit(text: string, lang: Language, c: Cue, dates: DateMention[]): boolean {
  const clause = subClause(text, c.start, c.end);
  const from = text.lastIndexOf(clause, c.start);
  return !isRecalled(lang, clause) && !dates.some((d) => !d.isRelative && d.start >= from && d.end <= from + clause.length);
}

/**
 * Find the engagements a readout reports.
 * @returns the main engagement first (if the text reports one), then earlier ones
 */
export function findEngagements(input: EngagementInput): EngagementDraft[] {
  const { text, lang, sentences, dates, places, titleEnd } = input;
  const bodySentences = sentences.filter((s) => s.start >= titleEnd && !BOILERPLATE.test(s.text));
  const leadEnd = (bodySentences[1] ?? bodySentences[0])?.end ?? titleEnd;
  // A signing verb ("The United States and Ghana signed a Memorandum …") reports a signing only in
  // the headline or the lead; further on it cites an earlier one, which is an instrument, not an engagement.
  const cues = findCues(text, lang).filter((c) => !(SIGN_VERB.test(c.text) && c.start > leadEnd) && !isFuture(lang, subClause(text, c.start, c.end)) && !isRelativeFuture(text, c.end) && !isFuture(lang, futureFrame(text, c)));
  if (!cues.length) return [];
  const inSentence = (s: Sentence | undefined) => (s ? cues.filter((c) => c.start >= s.start && c.end <= s.end) : []);
  // The headline says what the readout reports. The first sentence may add the visit type or
  // the channel ("…, who is in Russia on a state visit"); a summit or session named there as the
  // occasion of the reported meeting does not replace it. A headline that only names the kind of
  // document ("Joint Statement") leaves the choice to the first sentence.
  const titleCues = cues.filter((c) => c.start < titleEnd);
  const firstCues = inSentence(bodySentences[0]);
  const isDocLabel = titleCues.every((c) => c.kind === 'other' || isOccasion(text, c));
  // A visit named anywhere in the lead as the frame of the reported meeting ("…, прибывшим в
  // Россию с официальным визитом", "who is on an official visit") names its type (ANNOTATION_NOTES:
  // the visit type wins over talks); one with a date of its own or recalled is an earlier one.
  // Further on, a sentence that says where a principal is staying frames the meeting too ("X is in
  // Russia on a state visit", "находится в России с государственным визитом", "se trouve … en visite").
  const frameEnd = (bodySentences[4] ?? bodySentences[bodySentences.length - 1])?.end ?? leadEnd;
  const leadVisits = cues.filter((c) => VISIT_KINDS.includes(c.kind) && c.start >= titleEnd && isFrameVisit(text, lang, c, dates)
    && (c.end <= leadEnd || (c.end <= frameEnd && STAYING.test(subClause(text, c.start, c.end)))));
  let pool = titleCues.length
    ? [...titleCues, ...firstCues.filter((c) => isDocLabel || ['state_visit', 'official_visit', 'working_visit', 'phone_call'].includes(c.kind)), ...leadVisits]
    : firstCues.length ? [...firstCues, ...leadVisits] : inSentence(bodySentences[1]).length ? inSentence(bodySentences[1]) : unrecalled(text, lang, cues);
  // "en marge du sommet", "on the sidelines of the summit", "на полях саммита": the gathering is
  // the occasion of the reported meeting, not the meeting; it is listed beside it (addEarlier).
  const meetings = pool.filter((c) => !isOccasion(text, c));
  if (meetings.length && meetings.length < pool.length) pool = meetings;
  const cueKind = pool.map((c) => c.kind).sort((a, b) => KIND_PRIORITY.indexOf(a) - KIND_PRIORITY.indexOf(b))[0]!;
  let kind = cueKind;
  // Visits, sessions and summits named in the lead only as the occasion of something else stay
  // the main kind; a bare "meeting" of ministers is a ministerial meeting, not talks (ANNOTATION_NOTES).
  if (kind === 'talks' && !pool.some((c) => c.kind === 'talks' && /talks|переговор|бесед|entretien|pourparlers/i.test(c.text))) {
    // The people the headline and the lead name hold it; a leader recalled further on does not
    // ("… договорённостей, достигнутых в ходе визита Президента …").
    const starts = input.principalStarts;
    const leadEnd3 = (bodySentences[2] ?? bodySentences[bodySentences.length - 1])?.end ?? leadEnd;
    const inLead = starts && starts.length === input.principalRanks.length ? input.principalRanks.filter((_, i) => starts[i]! < leadEnd3) : [];
    const ranks = inLead.length ? inLead : input.principalRanks;
    if (ranks.length && !ranks.some((r) => r === 'head_of_state' || r === 'head_of_government')) kind = 'ministerial_meeting';
  }
  const mainCue = pool.find((c) => c.kind === cueKind)!;
  const sameKind = cues.filter((c) => c.kind === cueKind);
  const date = pickMainDate(text, sentences, dates, mainCue, sameKind, titleEnd, leadEnd);
  const isRemote = kind === 'phone_call' || /virtual|video|visio|видео/i.test(clauseAround(text, mainCue.start, mainCue.end));
  // Else the first place the lead names ("… se sont entretenus au palais de l'Élysée").
  const place = isRemote ? null : pickPlace(text, sentences, places, mainCue, sameKind) ?? places.find((p) => p.start < leadEnd && p.start >= titleEnd) ?? null;
  const fmt = kind === 'commission_session' || kind === 'phone_call' ? { format: null, spans: [] } : formatOf(text, lang);
  const implicitDay = !date && input.publishedOn && !isRecalled(lang, subClause(text, mainCue.start, mainCue.end)) ? input.publishedOn : null;
  const out: EngagementDraft[] = [{ type: kind, date, place, format: fmt.format, formatSpans: fmt.spans, cue: mainCue, isMain: true, status: 'held', inheritedMonth: null, implicitDay }];
  addEarlier(input, cues, out);
  return out;
}

/**
 * The clause up to a cue with its inserts set off by commas taken out, from its last cut on: the
 * verb that governs the cue across a parenthesis ("X will, from 23 to 25 July, undertake a State
 * Visit", "X va, du 3 au 5 mai, effectuer une visite").
 */
function futureFrame(text: string, c: Cue): string {
  const clause = clauseAround(text, c.start, c.end);
  const offset = text.lastIndexOf(clause, c.start);
  if (offset < 0) return '';
  // "…, а также реализации договорённостей, достигнутых …": a clause joined by a conjunction is no insert.
  const before = text.slice(offset, c.start).replace(/,(?!\s+(?:а|и|но|and|but|et|mais)\s)[^,;]{1,60},(?=\s)/gu, '');
  const parts = before.split(/,\s|;\s|\s(?:and|but|while|et|mais|и|а|но)\s/iu);
  return `${parts[parts.length - 1] ?? ''}${c.text}`;
}

/** Words before a summit or session that make it the occasion of a meeting held beside it. */
const SIDELINES = /(?:en marge (?:du|des|de la|de l['’])|on the (?:sidelines|margins) of(?: the)?|на полях)(?:\s*[\p{L}\d'’-]+){0,6}\s*$/iu;

/** A summit or session cue named as the occasion of a meeting ("en marge du Sommet de la Francophonie"). */
export function isOccasion(text: string, c: Cue): boolean {
  return (c.kind === 'summit' || c.kind === 'commission_session') && SIDELINES.test(text.slice(Math.max(0, c.start - 100), c.start));
}

/** The part of a clause around a cue between commas and conjunctions: what "will" or "next" can apply to. */
function subClause(text: string, start: number, end: number): string {
  const clause = clauseAround(text, start, end);
  const offset = text.lastIndexOf(clause, start);
  const cut = /,\s|;\s|\s(?:and|but|while|et|mais|и|а|но)\s/giu;
  let s = 0;
  let e = clause.length;
  for (let m = cut.exec(clause); m; m = cut.exec(clause)) {
    if (offset + m.index < start) s = m.index + m[0].length;
    else if (offset + m.index >= end) { e = m.index; break; }
  }
  return clause.slice(s, e);
}

/** The clause up to the end of a cue: what opens it ("Since the leaders held talks in Lima in May"). */
function clauseBefore(text: string, c: Cue): string {
  const clause = clauseAround(text, c.start, c.end);
  const offset = text.lastIndexOf(clause, c.start);
  return offset < 0 ? '' : text.slice(offset, c.end);
}

/** A clause break: a line break, a semicolon, or a full stop that ends a sentence, not the point of "U.S." or "Mr." inside one. */
const CLAUSE_BREAK = /\n|;|(?<!(?<![\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No))\.(?=\s|$)/gu;

function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 1000);
  let s = 0;
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index <= start; m = CLAUSE_BREAK.exec(text)) s = m.index;
  CLAUSE_BREAK.lastIndex = end;
  const e = CLAUSE_BREAK.exec(text);
  return text.slice(s, e ? e.index : text.length);
}

function nearest<T extends { start: number }>(items: T[], cue: Cue, sent: Sentence | undefined): T | null {
  if (!sent) return null;
  const inSent = items.filter((d) => d.start >= sent.start && d.start < sent.end);
  const after = inSent.filter((d) => d.start >= cue.end).sort((a, b) => a.start - b.start)[0];
  const before = inSent.filter((d) => d.start < cue.start).sort((a, b) => b.start - a.start)[0];
  return after ?? before ?? null;
}

function pickMainDate(text: string, sentences: Sentence[], dates: DateMention[], cue: Cue, sameKind: Cue[], titleEnd: number, leadEnd: number): DateMention | null {
  const exact = dates.filter((d) => d.precision === 'day' || d.precision === 'partial');
  const inCue = nearest(exact, cue, sentenceAt(sentences, cue.start));
  if (inCue) return inCue;
  for (const c of sameKind) {
    const d = nearest(exact, c, sentenceAt(sentences, c.start));
    if (d) return d;
  }
  // A month or year in the cue's own sentence dates it before any dateline does ("В октябре 2024 года
  // … принял участие в саммите" in a report dated today).
  const coarse = nearest(dates.filter((d) => d.precision === 'month' || d.precision === 'year'), cue, sentenceAt(sentences, cue.start));
  if (coarse) return coarse;
  // Dateline: a date alone on its line near the top ("22 апреля 2025 года 16:50"), or opening
  // the body of a news report ("MOSCOW, November 25. …").
  const bodyStart = titleEnd + (/^\s*/.exec(text.slice(titleEnd))?.[0].length ?? 0);
  const dateline = exact.find((d) => (d.start < titleEnd + 600 && /^[\s\d:.,]*$/.test(lineOf(text, d.start).replace(d.text, ''))) || (d.start >= bodyStart && d.start < bodyStart + 40 && !d.isRelative));
  if (dateline) return dateline;
  const inTitle = exact.find((d) => d.start < titleEnd);
  if (inTitle) return inTitle;
  return exact.find((d) => d.isRelative && d.start < leadEnd + 400) ?? null;
}

function lineOf(text: string, pos: number): string {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  const e = text.indexOf('\n', pos);
  return text.slice(s, e < 0 ? text.length : e);
}

function pickPlace(text: string, sentences: Sentence[], places: PlaceMention[], cue: Cue, sameKind: Cue[]): PlaceMention | null {
  const inCue = nearest(places, cue, sentenceAt(sentences, cue.start));
  if (inCue) return inCue;
  for (const c of sameKind) {
    const p = nearest(places, c, sentenceAt(sentences, c.start));
    if (p) return p;
  }
  // Place line or dateline near the top ("Москва, Кремль", "Brussels, Belgium").
  return places.find((p) => p.start < 700 && /^[\p{L}\s,.'’-]*$/u.test(lineOf(text, p.start)) && lineOf(text, p.start).length < 60) ?? null;
}

const formatMatcher = perLanguage((lang) => new PhraseMatcher<'one_on_one' | 'expanded'>(LEXICONS[lang].formatCues.map((f) => ({ pattern: f.pattern, value: f.format })), 'i'));

function formatOf(text: string, lang: Language): { format: EngagementFormat | null; spans: { start: number; end: number; text: string }[] } {
  const hits = formatMatcher(lang).findAll(text, wordStarts(text));
  const found = new Set(hits.map((h) => h.value));
  const spans = hits.map((h) => ({ start: h.start, end: h.end, text: h.text }));
  const format = found.size === 2 ? 'both' : found.size === 1 ? [...found][0]! : null;
  return { format, spans };
}

/** Words that call a meeting talks whoever holds it (ANNOTATION_NOTES: "the text calls talks"). */
const TALKS_WORD = /talks|переговор|бесед|entretien|pourparlers/iu;
/** A past-tense verb of meeting ("встречались", "встретились", "met"). */
const MET_VERB = /^(?:встреча|встрети)л\p{L}*$|^met$/iu;
/** A meeting said to be the ministers' ("предыдущая встреча министров", "встреча глав МИД"), whoever else the text names. */
const MINISTERS_AFTER = /^\s+(?:министр\p{L}*|замминистр\p{L}*|заместител\p{L}* министр\p{L}*|глав\p{L}* (?:МИД|внешнеполитических ведомств))(?![\p{L}])/u;
/** Being received by a principal ("были приняты Президентом", "a été reçu en audience, jeudi, par …"). */
const RECEIVED = /принят\p{L}* |[ée]t[ée] re[çc]u|re[çc]ue?s? en audience/iu;
/**
 * A further meeting the text reports on the day of the main one ("Plus tôt dans la journée, X
 * s'était entretenu avec Y", "Earlier in the day, …", "a reçu le même jour …"), or the day before
 * ("La veille, …"): its own engagement, whoever holds it.
 */
const SAME_DAY_WORDS: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:plus (?:tôt|tard) dans la journée|le même jour|dans la (?:matinée|soirée)|dans l['’]après-midi|en (?:fin|début) de journée|(?:s['’]est|a|ont|se sont) (?:ensuite|par la suite)(?= (?:entretenu|reçu|rencontré|été reçu)))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:earlier|later) (?:in the|that|the same) day|(?:on )?the same day(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:в тот же день|в этот же день|ранее в тот же день|позднее в тот же день)(?![\p{L}])/iu,
};
/** A pronoun cue for an earlier round of the reported session ("celle tenue à …", "la précédente tenue à …"). */
const PREVIOUS_ROUND = /^(?:la pr[ée]c[ée]dente|celle|la derni[èe]re)$/iu;
const DAY_BEFORE: Partial<Record<Language, RegExp>> = { fr: /^\s*la veille(?! d)/iu };

/** With no cue in the headline or the lead, the cues of the rest that are not recalled ("since the summit held in Lima in 2019"), if any. */
function unrecalled(text: string, lang: Language, cues: Cue[]): Cue[] {
  const fresh = cues.filter((c) => !isRecalled(lang, subClause(text, c.start, c.end)));
  return fresh.length ? fresh : cues;
}

/** A sentence that opens on another meeting of the same day: "On the same day, …", "Earlier, …", "Le même jour, …". */
const SAME_DAY: Record<Language, RegExp> = {
  en: /^(?:(?:On|Also on) the same day|The same day|Earlier(?: that day| in the day| on the same day)?|Later(?: that day| in the day| on the same day)?|Separately|(?:Prior to|Before|After|Following) (?:the|their) (?:talks|meeting|session|consultations))\s*,/u,
  fr: /^(?:Le même jour|Plus tôt dans la journée|Plus tard dans la journée|En marge de (?:ces|la|sa) (?:entretiens|visite|réunion))\s*,/u,
  ru: /^(?:В тот же день|В этот же день)(?=[\s,])/u,
};
/** The same day named after the meeting: "… also held a trilateral meeting with … on the same day". */
const SAME_DAY_AFTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:on )?the same day(?![\p{L}])/u,
  fr: /(?<![\p{L}])le même jour(?![\p{L}])/u,
  ru: /(?<![\p{L}])в тот же день(?![\p{L}])/u,
};
/** Titles of heads of state or government inside a sentence: their meeting is talks. */
const LEADER_WORD = /(?<![\p{L}])(?:President|Prime Minister|Premier|Chancellor|King|Emir|Sultan|Président|Premier ministre|Президент\p{L}*|Премьер\p{L}*)(?![\p{L}])/u;
/** Received by a head of state or government, not by a minister. */
const RECEIVED_BY_HEAD = /принят\p{L}* (?:президент|премьер-министр|председател|глав|корол|султан|эмир|генеральн)/iu;
/** A sentence that puts what it tells on the reported day ("В тот же день", "Тогда же"). */
const RU_SAME_DAY = /^\s*(?:в тот же день|в этот же день|в этот день|тогда же)(?![\p{L}])/iu;

/** Earlier engagements named with a date or a place, and meetings a call took place during. */
function addEarlier(input: EngagementInput, cues: Cue[], out: EngagementDraft[]): void {
  const { sentences, dates, places } = input;
  const main = out[0]!;
  const sameDaySents = new Set<Sentence>();
  const mainDay = main.date?.precision === 'day' ? main.date.value : main.implicitDay ?? null;
  const mainSent = sentenceAt(sentences, main.cue.start);
  for (const c of cues) {
    if (c === main.cue || !['summit', 'state_visit', 'official_visit', 'working_visit', 'commission_session', 'talks'].includes(c.kind)) continue;
    const sent = sentenceAt(sentences, c.start);
    if (!sent) continue;
    // Another meeting the same day ("On the same day, the Foreign Minister met with …", "Earlier, the two
    // ministers held talks at …"): one engagement per such sentence, dated like the reported one.
    const opener = SAME_DAY[input.lang].exec(sent.text.trimStart());
    const openerEnd = opener ? sent.start + (sent.text.length - sent.text.trimStart().length) + opener[0].length : -1;
    const isSameDay = (opener && c.start >= openerEnd) || SAME_DAY_AFTER[input.lang].test(input.text.slice(c.end, sent.end));
    // A commission's name runs long before its date ("… комитета по торгово-экономическому и научно-техническому сотрудничеству, состоявшегося в Белграде в июне").
    const reach = c.kind === 'commission_session' && input.lang === 'ru' ? 150 : 90;
    const win = (items: { start: number; end: number }[]) => items.filter((d) => d.start >= c.start - 60 && d.start <= c.end + reach && d.start >= sent.start && d.end <= sent.end && !(main.date && d.start === main.date.start));
    // A date that opens the sentence ("Le 2 octobre, le ministre … avait rencontré …") dates all of it.
    const opening = dates.find((x) => x.start >= sent.start && x.start <= sent.start + 4 && !x.isRelative && !(main.date && x.start === main.date.start));
    const d = (win(dates).sort((a, b) => Math.abs(a.start - c.end) - Math.abs(b.start - c.end))[0] ?? opening) as DateMention | undefined;
    const p = win(places).sort((a, b) => Math.abs(a.start - c.end) - Math.abs(b.start - c.end))[0] as PlaceMention | undefined;
    const isMeetingsDuring = c.kind === 'talks' && /meetings in/i.test(c.text);
    // A visit whose type the text does not name ("в ходе визита в Москву в мае") is a meeting held there.
    const isPlainVisit = c.kind === 'talks' && /^(?:visit|визит)/iu.test(c.text);
    const further = c.kind === 'talks' && sent !== mainSent && mainDay && !isPlainVisit && !isMeetingsDuring ? furtherMeeting(input, c, sent, mainDay) : null;
    if (further) {
      if (!out.some((e) => e.cue.start >= sent.start && e.cue.end <= sent.end)) out.push({ ...further, place: p ?? main.place, format: null, formatSpans: [], cue: c, isMain: false, status: 'held', inheritedMonth: null });
      continue;
    }
    if (c.kind === 'talks' && isSameDay && sent !== mainSent && (main.date || main.implicitDay)) {
      if (sameDaySents.has(sent)) continue;
      sameDaySents.add(sent);
      const inSent = places.filter((x) => x.start >= sent.start && x.end <= sent.end)[0] ?? null;
      const type: EngagementKind = TALKS_WORD.test(c.text) || LEADER_WORD.test(sent.text) ? 'talks' : 'ministerial_meeting';
      out.push({ type, date: main.date, place: inSent, format: null, formatSpans: [], cue: c, isMain: false, status: 'held', inheritedMonth: null, implicitDay: main.date ? null : main.implicitDay ?? null });
      continue;
    }
    // Earlier talks count where the text pins them down: a day of their own and a place, in a clause
    // that recalls them ("договорённости, достигнутые в ходе переговоров … в Санкт-Петербурге 19 июня").
    // A past-tense verb of meeting recalls by itself ("встречались в Астане в июле 2024 года"): a month is enough.
    const isPinnedTalks = c.kind === 'talks' && !!d && !!p && !d.isRelative && d.value !== main.date?.value
      && ((d.precision === 'day' && isRecalled(input.lang, clauseAround(input.text, c.start, c.end))) || (d.precision === 'month' && (MET_VERB.test(c.text) || isRecalled(input.lang, clauseBefore(input.text, c))
        // So does a month in a clause that recalls the meeting ("Наша предыдущая встреча состоялась в Москве в августе прошлого года").
        || (input.lang === 'ru' && /^встреч/iu.test(c.text) && isRecalled(input.lang, subClause(input.text, c.start, c.end))))));
    // A reception the text reports with a day of its own ("Накануне … были приняты Премьер-министром"):
    // a meeting with a head of state or government, held before the one reported.
    const isDatedReception = c.kind === 'talks' && RECEIVED.test(c.text) && !!d && d.precision === 'day' && d.value !== (main.date?.value ?? main.implicitDay);
    // A reception "the same day" ("В тот же день … был принят Президентом") is a meeting of its own on the reported day.
    const isSameDayReception = c.kind === 'talks' && RECEIVED.test(c.text) && !d && RU_SAME_DAY.test(sent.text) && !!(main.date ?? main.implicitDay);
    if (isSameDayReception) {
      const type: EngagementKind = RECEIVED_BY_HEAD.test(c.text) ? 'talks' : 'ministerial_meeting';
      if (!out.some((e) => e.cue === c)) out.push({ type, date: main.date, place: p ?? null, format: null, formatSpans: [], cue: c, isMain: false, status: 'held', inheritedMonth: null, implicitDay: main.date ? null : main.implicitDay ?? null });
      continue;
    }
    // "celle tenue à Tunis en juin 2019": an earlier round of the reported session or summit, only where the text reports one.
    if (PREVIOUS_ROUND.test(c.text)) {
      if ((main.type === 'commission_session' || main.type === 'summit') && d && !d.isRelative && d.value !== main.date?.value && !out.some((e) => e.date?.value === d.value))
        out.push({ type: main.type, date: d, place: p ?? null, format: null, formatSpans: [], cue: c, isMain: false, status: 'held', inheritedMonth: null });
      continue;
    }
    if (c.kind === 'talks' && !isMeetingsDuring && !isPlainVisit && !isPinnedTalks && !isDatedReception) continue;
    // A headline that calls the reported meeting a summit ("… agree to deepen ties at Lima summit") names
    // no other engagement: no date of its own, and the place of the reported one.
    if (c.start < input.titleEnd && c.kind === 'summit' && !d && (!p || p.city === main.place?.city)) continue;
    // "his visit to Brazil for the G20 Summit": the trip is the summit, listed on its own.
    if (isPlainVisit && cues.some((o) => o.kind === 'summit' && o.start > c.end && o.start < c.end + 80 && sentenceAt(sentences, o.start) === sent)) continue;
    // Without its type, only a date of its own tells an earlier visit from the one reported ("this visit", "today").
    if (isPlainVisit && (!d || d.isRelative || d.value === main.date?.value)) continue;
    if (!d && !p) continue;
    // A month or year after the reference date's is ahead too ("провести в первом квартале 2026 года в Казани").
    if (d && input.referenceDate && /^\d/.test(d.value) && d.value > input.referenceDate.slice(0, d.value.length)) continue;
    if (c.kind === main.type && (!d || d.value === main.date?.value)) continue;
    // The gathering a meeting was held on the sidelines of takes place on that meeting's day.
    // (or whose sentence gives the meeting's date: "провёл в четверг на полях заседания … встречу").
    const date = d ?? (isOccasion(input.text, c) && (mainSent === sent || (!!main.date && main.date.start >= sent.start && main.date.end <= sent.end)) ? main.date : null);
    // The same gathering named twice (headline and lead) is one engagement, whether or not both name its place.
    if (out.some((e) => e.type === c.kind && e.date?.value === date?.value && (e.place?.city === p?.city || (isOccasion(input.text, c) && (!e.place || !p))))) continue;
    // Meetings the principal held during a trip: talks for a head of state or government, else ministerial.
    const principal = input.principalRanks[0];
    const ranks = input.principalRanks;
    const isHeadsMeeting = ranks.some((r) => r === 'head_of_state' || r === 'head_of_government');
    const type: EngagementKind = isMeetingsDuring || isPlainVisit ? (principal === 'head_of_state' || principal === 'head_of_government' ? 'talks' : 'ministerial_meeting')
      // Ministers who met earlier held a ministerial meeting (ANNOTATION_NOTES), as the reported one would be.
      : isPinnedTalks && ((ranks.length && !isHeadsMeeting) || MINISTERS_AFTER.test(input.text.slice(c.end, c.end + 40))) && !TALKS_WORD.test(c.text) ? 'ministerial_meeting' : c.kind;
    // A gathering named as the occasion in another sentence than the meeting's is held in the meeting's month.
    const inherited = (isMeetingsDuring || isOccasion(input.text, c)) && !date && main.date && main.date.precision === 'day' ? main.date.value.slice(0, 7) : null;
    // Where the reported meeting has only its publication day, its occasion named in the headline or
    // the lead shares that day.
    const sharesDay = !date && !inherited && isOccasion(input.text, c) && (mainSent === sent || c.start < input.titleEnd + 400);
    out.push({ type, date, place: p ?? null, format: null, formatSpans: [], cue: c, isMain: false, status: 'held', inheritedMonth: inherited, implicitDay: sharesDay ? main.implicitDay ?? null : null });
  }
}

/**
 * A further meeting in its own sentence on the main engagement's day, or the day before: a meeting
 * verb with a same-day word ("Plus tôt dans la journée, …", "le même jour") or a sentence that
 * opens with "La veille". A visit named in the sentence gives the type; else talks where a head of
 * state or government is named in it, else a ministerial meeting.
 */
function furtherMeeting(input: EngagementInput, c: Cue, sent: Sentence, mainDay: string): Pick<EngagementDraft, 'type' | 'date' | 'implicitDay'> | null {
  const { text, lang } = input;
  const sentence = text.slice(sent.start, sent.end);
  if (isFuture(lang, subClause(text, c.start, c.end)) || !/^(?:s['’]|se |a |ont |avai|re[çc]u|rencontr|met|held|встрет|провел|провёл)/iu.test(c.text)) return null;
  let day: string | null = null;
  if (SAME_DAY_WORDS[lang].test(sentence)) day = mainDay;
  else if (DAY_BEFORE[lang]?.test(sentence)) {
    const d = new Date(`${mainDay}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    day = d.toISOString().slice(0, 10);
  }
  if (!day) return null;
  const ranks = (input.people ?? []).filter((p) => p.start >= sent.start && p.start < sent.end).map((p) => p.rank);
  if (!ranks.length) return null;
  const visit = findCues(sentence, lang).find((x) => VISIT_KINDS.includes(x.kind));
  const type: EngagementKind = visit ? visit.kind : ranks.some((r) => r === 'head_of_state' || r === 'head_of_government') ? 'talks' : 'ministerial_meeting';
  return { type, date: null, implicitDay: day };
}
