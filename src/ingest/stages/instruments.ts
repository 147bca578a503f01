import type { InstrumentKind, Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import type { AgreementStatus } from '../lexicon/types.js';
import { UNIVERSAL_INSTRUMENTS } from '../lexicon/universal.js';
import { PhraseMatcher, wordRe, wordStarts } from './matcher.js';
import { perLanguage } from '../../reference/perLanguage.js';
import type { Sentence } from './segment.js';
import { sentenceAt } from './segment.js';
import type { DateMention } from './dates.js';

/**
 * Stage: instruments. A document is named by a head noun ("Agreement", "Соглашение", "traité")
 * with the words that make it a title: capitalised modifiers before it ("U.S.-Tanzania Air Transport
 * Agreement", "Artemis Accords") or a complement after it ("on …", "between …", "о …", "sur …") that
 * runs to the end of the clause. Items of a signing list ("(i) …; (ii) …", "1. …", one per line)
 * are titles whatever their shape. Bare anaphora ("the agreement", "l'Accord") and plurals are not.
 */

export interface InstrumentMention {
  title: string; start: number; end: number; kind: InstrumentKind;
  isListed: boolean; isInTitleLine: boolean;
  status: AgreementStatus; statusSpan: { start: number; end: number; text: string } | null;
  headText: string;
}

const heads = perLanguage((lang) =>
  new PhraseMatcher<{ kind: InstrumentKind; nominative?: string }>(LEXICONS[lang].instrumentHeads.map((h) => ({ pattern: h.pattern, value: { kind: h.kind, nominative: h.nominative } })), 'i'));

const UNIVERSAL = new RegExp(`(?:${UNIVERSAL_INSTRUMENTS.join('|')})`, 'iu');
/** Generic party phrases are not part of a title ("between our two countries", "между нашими странами"). */
const GENERIC_PARTIES = /\s+(?:between (?:our|the) two (?:countries|nations|sides)|between our (?:countries|nations)|между (?:нашими|двумя) (?:странами|государствами)|entre (?:nos|les) deux (?:pays|[ée]tats))(?![\p{L}]).*$/iu;
/** Which cue wins when several fit: the specific ones ("will sign", "negotiations on") beat a bare "sign". */
const STATUS_RANK: AgreementStatus[] = ['signed', 'under_negotiation', 'announced', 'ratified', 'in_force'];
/** The head of a session's minutes. */
const MINUTES = /^proc[èe]s-verbal$/iu;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|our|his|her|both|each|all|any|new|as|in|on|at|by|for|with|from|under|of|and|le|la|les|l['’]|un|une|cet|cette|ce|ces|leur|notre|dans|par|pour|sous|avec)$/i;

/** Lower-case words before a head that praise, count or order it rather than name its type. */
const NOT_TYPE_WORD = /^(?:following|above|aforementioned|said|respective|various|many|numerous|new|important|historic|landmark|significant|major|key|first|second|third|further|additional|relevant|several|possible|potential|future|ambitious|mutually|beneficial|long-term|broad|final|draft|proposed|existing|previous|earlier|current|same|such|other|two|three|four|five|ten|number|set|package|series|formal|broader|wide-ranging|high-quality|fair|balanced|robust|strong|solid|good|great|big|small)$/;

/** Lower-case words before a head that say only how many or which states are party to it. */
const PARTY_WORD = /^(?:bilateral|trilateral|multilateral|intergovernmental|interstate|inter-governmental|binding|legally-binding)$/;

/** Words before a universal instrument named inside a title as the basis of the document ("… on carbon credits under Article 6 of the Paris Agreement"). */
const BASIS_BEFORE = /\s(?:under|pursuant to|in accordance with|in line with|in the framework of|within the framework of|en application de|dans le cadre de|в рамках|в соответствии с)\s/iu;

/** List items: "(i) …;", "1. …", "a) …", "- …", one per line or separated by semicolons. */
function listItems(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:^|\n|[:;]\s*|\s)(?:\((?:[ivx]+|[a-z]|\d{1,2})\)|(?:\d{1,2}|[a-z])[.)]|[-–•*])\s+(?=\S)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const isLineStart = m[0].startsWith('\n') || m.index === 0;
    const isRoman = /\((?:[ivx]+|[a-z])\)/.test(m[0]);
    if (!isLineStart && !isRoman && !/^[:;]/.test(m[0])) continue;
    const rest = text.slice(start);
    const stop = /;|\n|\s\((?:[ivx]+|[a-z]|\d{1,2})\)\s|\.\s*$|\.(?=\s+\p{Lu}\p{Ll})/u.exec(rest);
    out.push({ start, end: start + (stop ? stop.index : rest.length) });
  }
  return out;
}

/**
 * Find the instruments a text refers to.
 * @param text the readout (title line first when there is one)
 * @param lang its language
 * @param titleEnd end offset of the title line (0 when there is none)
 */
export function findInstruments(text: string, lang: Language, sentences: Sentence[], dates: DateMention[], titleEnd: number, places: { start: number }[] = [], countries: { start: number; end: number }[] | null = null): InstrumentMention[] {
  // List items are read once, when the first head is found: most of a text's words are no head.
  let items: { start: number; end: number }[] | null = null;
  const { complements, stops, nextHead } = titleRes(lang);
  const out: InstrumentMention[] = [];
  const allHeads = heads(lang).findAll(text, wordStarts(text));
  for (const h of allHeads) {
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    const lineEnd = text.indexOf('\n', h.start) < 0 ? text.length : text.indexOf('\n', h.start);
    // A line that starts with a document's head noun is a list entry (kremlin.ru lists have no numbers).
    const isLineItem = h.start === lineStart && lineStart >= titleEnd && lineEnd - lineStart < 600 && !/[.!?]\s+\p{Lu}/u.test(text.slice(h.start, lineEnd).replace(/\.$/, ''));
    items ??= listItems(text);
    const numbered = items.find((i) => h.start >= i.start && h.start < i.start + 40 && h.start < i.end);
    const item = numbered ?? (isLineItem ? { start: lineStart, end: text.slice(lineStart, lineEnd).replace(/[.;]\s*$/, '').length + lineStart } : undefined);
    const isCapital = /^\p{Lu}/u.test(h.text) || h.text.startsWith('«');
    let start = h.start;
    let end = h.end;
    // Left: capitalised modifiers and country compounds ("U.S.-Tanzania Air Transport Agreement").
    let hasLeft = false;
    if (isCapital && lang !== 'ru') {
      // A year opens a name too ("the 1994 Water Agreement").
      const left = /((?:(?:\p{Lu}[\p{L}\d.'’–-]*|\d+G|(?:19|20)\d\d(?=\s+\p{Lu})|and|of)\s+)+)$/u.exec(text.slice(Math.max(0, h.start - 120), h.start));
      if (left) {
        let words = left[1]!.trim().split(/\s+/);
        // Modifiers start after the last determiner or preposition ("As Accords signatories" has none).
        const lastFn = words.map((w) => DETERMINER.test(w)).lastIndexOf(true);
        words = words.slice(lastFn + 1);
        const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
        const isHeadline = h.start < titleEnd;
        // A sentence-initial "The"/"Our" is not a modifier; in a headline every word is capitalised,
        // so only words after a determiner or a country count there.
        // A count before a plural head numbers documents, it does not name one ("Leaders Sign Five Agreements").
        const isCounted = /s$/i.test(headNoun(h.text)) && words.length > 0 && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|new)$/i.test(words[words.length - 1]!);
        if (isCounted) words = [];
        if (words.length && !(isHeadline && h.start - lineStart < 3)) {
          const cand = words.join(' ');
          const idx = text.lastIndexOf(cand, h.start);
          if (idx >= 0 && idx >= lineStart) { start = idx; hasLeft = true; }
        }
      }
    } else if (!isCapital && lang === 'en' && !/s$/i.test(headNoun(h.text))) {
      // Lower-case modifiers after an article name the type ("a free trade agreement", "a bilateral
      // investment treaty"); words that only praise or count ("a new", "a historic") do not.
      const left = /(?:^|\s)(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){1,4})$/u.exec(text.slice(Math.max(0, h.start - 80), h.start));
      const words = left ? left[1]!.trim().split(/\s+/) : [];
      const from = words.map((w) => NOT_TYPE_WORD.test(w) || DETERMINER.test(w)).lastIndexOf(true) + 1;
      // "a bilateral agreement signed in 2018" says who is party to it, not what it is about.
      if (from < words.length && !words.slice(from).every((w) => PARTY_WORD.test(w))) {
        const cand = words.slice(from).join(' ');
        start = text.lastIndexOf(cand, h.start);
        hasLeft = true;
      }
    }
    // Right: a complement running to the end of the clause.
    let hasRight = false;
    // A plan or roadmap named with its years ("Joint Action Plan 2025-2027", "Roadmap 2030").
    const years = ['programme', 'roadmap'].includes(h.value.kind) && hasLeft ? /^\s+(?:for\s+)?(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?(?![\p{N}])/u.exec(text.slice(end, end + 20)) : null;
    if (years) { end += years[0].length; hasRight = true; }
    const after = text.slice(end, end + 400);
    const paren = /^\s*\([\p{Lu}\d-]{2,12}\)/u.exec(after);
    if (paren) end += paren[0].length;
    // French adjectives follow the noun: "convention fiscale", "accord-cadre financier".
    // "relatif à …" is a complement (it takes its object), not an adjective of the noun.
    const adj = lang === 'fr' ? /^(?:\s+(?!relati)\p{Ll}+(?:ale|aux|ique|aire|elle|ière|ive|if|ier|el)s?(?![\p{L}]))+/u.exec(text.slice(end, end + 60)) : null;
    if (adj) end += adj[0].length;
    const compM = complements.exec(text.slice(end, end + 400)) ?? /^\s+(?:with|avec|с)\s[^,.;]{0,80}?\s(?:on|sur|о|об)\s/iu.exec(text.slice(end, end + 200));
    if (compM || item) {
      const limit = item ? Math.max(item.end, end) : end + 400;
      let seg = text.slice(end, limit);
      // In a title-cased name a comma may list capitalised words ("Trade, Economic, Scientific, and
      // Technical Cooperation"); in running text it ends the title.
      // A Russian topic may enumerate nouns in the genitive ("в области культуры, образования и науки").
      const hard = item ? null : (isCapital ? /[;:!?\n]|\.(?=\s|$)|,(?!\s+(?:\p{Lu}|and\s+\p{Lu}|et\s+\p{Lu}|и\s+\p{Lu}|\p{Ll}+[аяыи]\s+и\s+\p{Ll}+[аяыи](?![\p{L}])))|\s[–—]\s|\s\(/u : /[;:!?\n,]|\.(?=\s|$)|\s[–—]\s|\s\(/u).exec(seg);
      if (hard) seg = seg.slice(0, hard.index);
      // An unnumbered line may still be a sentence ("… уже подписано"): its verbs end the title.
      const st = numbered ? -1 : firstStop(stops, seg);
      if (st >= 0) seg = seg.slice(0, st);
      // "Соглашение о … и Меморандум о …", "the Agreement on … and the Protocol on …": a conjunction
      // or comma before another document's head noun starts the next title.
      const next = numbered ? -1 : firstNextHead(nextHead, seg);
      if (next >= 0) seg = seg.slice(0, next);
      // A stop after a conjunction leaves it dangling ("… transition énergétique et sont convenus").
      seg = seg.replace(/\s+(?:and|et|и)\s*$/u, '');
      // A place after the title is where it was signed, not part of it ("… in Washington in 2018").
      const pl = item ? undefined : places.find((x) => x.start > end && x.start < end + seg.length && /\s(?:in|at|à|в|во)\s+$/u.test(text.slice(x.start - 5, x.start)));
      if (pl) seg = seg.slice(0, pl.start - end).replace(/\s+(?:in|at|à|в|во)\s*$/u, '');
      // A date after the title is when it was signed; a period it covers is part of it ("на 2026–2028 годы", "for 2025-2027").
      const d = dates.find((x) => x.start >= end && x.start < end + seg.length && !PERIOD_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start)) && !YEAR_SPAN.test(text.slice(x.start, x.start + 12)));
      if (d && !item) seg = seg.slice(0, d.start - end).replace(/\s+(?:on|le|du|от|in|en|в)\s*$/iu, '');
      seg = seg.replace(GENERIC_PARTIES, '').replace(/[\s,.]+$/u, '');
      if (seg.trim().split(/\s+/).length >= 2 || item) { end += seg.length; hasRight = seg.trim().length > 0; }
    }
    let raw = text.slice(start, end);
    // A universal instrument named as the basis of the document is not its name: the title ends before it.
    const uni = UNIVERSAL.exec(raw);
    if (uni && uni.index > h.end - start) {
      const basis = BASIS_BEFORE.exec(raw.slice(h.end - start, uni.index));
      if (basis) { end = h.end + basis.index; raw = text.slice(start, end); }
    }
    const isPlural = /s$/i.test(headNoun(h.text)) && !/accords$/i.test(h.text) && lang !== 'ru';
    const isNamed = !!item || hasRight || !!adj || (hasLeft && !['programme', 'roadmap'].includes(h.value.kind)) || (lang === 'ru' && isCapital && h.start > (sentenceAt(sentences, h.start)?.start ?? 0) + 1) || (h.value.kind === 'declaration' && lang === 'fr' && / /.test(h.text))
      // The minutes a session's co-chairs sign are that session's own, named or not ("ont signé son procès-verbal").
      || MINUTES.test(h.text);
    if (!isNamed || (isPlural && !hasLeft && !item) || UNIVERSAL.test(raw)) continue;
    if (['programme', 'roadmap'].includes(h.value.kind) && !item && !hasRight) continue;
    let title = raw;
    if (lang === 'ru' && h.value.nominative) {
      // Only the inflected head words change case: "Договора о …" → "Договор о …", "Меморандумом о взаимопонимании" → "Меморандум о взаимопонимании".
      const n = h.value.nominative.split(' ').length;
      const headWords = /^\S+(?:\s+\S+)*/.exec(h.text)![0].split(/\s+/);
      const replaced = headWords.slice(0, n).join(' ');
      title = h.value.nominative + text.slice(h.start + h.text.indexOf(replaced) + replaced.length, end);
    }
    title = title.replace(/^\s+|\s+$/g, '');
    title = title[0]!.toUpperCase() + title.slice(1);
    const status = statusOf(text, lang, start, end, sentences, allHeads.find((o) => o.start >= end)?.start, allHeads.filter((o) => o.end <= start).pop()?.end);
    // A bare capitalised name ("the Peace Accord") is an instrument of the sides only when the text
    // signs, ratifies … it or its name carries a state ("U.S.-Tanzania Air Transport Agreement").
    // A year in the name pins one document down as well ("the 1994 Water Agreement").
    if (countries && hasLeft && !hasRight && !item && !status.span && !countries.some((c) => c.start >= start && c.end <= h.start) && !/^(?:19|20)\d\d\s/u.test(raw)) continue;
    out.push({ title, start, end, kind: h.value.kind, isListed: !!item, isInTitleLine: start < titleEnd, status: status.status, statusSpan: status.span, headText: h.text });
  }
  // A head inside another document's title is part of that title ("MoU on Cultural Exchange Programme").
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** The regexes that bound a title, built from the lexicon once per language. */
interface TitleRes {
  /** A complement after the head ("on …", "о …", "d'…"). */
  complements: RegExp;
  /** Words that end a title (verbs and the like). */
  stops: RegExp;
  /** Another document's head after a conjunction or comma (global: firstNextHead resets it). */
  nextHead: RegExp;
}
const titleRes = perLanguage((lang): TitleRes => {
  const lex = LEXICONS[lang];
  return {
    complements: new RegExp(`^\\s+(?:(?:${lex.titleComplements.join('|')})(?![\\p{L}])|[dl]['’](?=\\p{L}))`, 'iu'),
    stops: new RegExp(`\\s(?:${lex.titleStops.join('|')})(?![\\p{L}])`, 'iu'),
    // Up to three modifiers may stand between the article and the head ("and the Mutual Defense Treaty");
    // the regex is case-blind, so firstNextHead checks that they are capitalised.
    nextHead: new RegExp(`\\s*(?:,|\\s(?:and|et|и))\\s+(?:(?:the|an?|l['’]|les?|la|une?)\\s*)?((?:[\\p{L}\\d.'’-]+\\s+){0,3})(?:${lex.instrumentHeads.map((h) => h.pattern).join('|')})(?![\\p{L}])`, 'giu'),
  };
});

/** The status cues of a language, compiled once: all of them as one whole-word alternation, and each alone. */
interface StatusCueRes { any: RegExp; each: { re: RegExp; status: AgreementStatus }[] }
const statusCues = perLanguage((lang): StatusCueRes => {
  const cues = LEXICONS[lang].statusCues;
  return {
    // It matches a text exactly when some cue does.
    any: new RegExp(`(?<![\\p{L}])(?:${cues.map((c) => `(?:${c.pattern})`).join('|')})(?![\\p{L}])`, 'iu'),
    each: cues.map((c) => ({ re: wordRe(c.pattern, 'iu'), status: c.status })),
  };
});

/** A span of years ("… de défense 2026-2028") is the period a document covers. */
const YEAR_SPAN = /^\d{4}\s*[-–—]\s*\d{4}/u;
/** Words that make the year after them the period a document covers, and the dash of a period's second year. */
const PERIOD_BEFORE = /(?:^|[^\p{L}])(?:на|for|pour|(?:for the |pour la |на )(?:period|période|период)|(?:for the |pour les )(?:years|années))\s+$|\d{4}\s*[-–—]\s*$/iu;

/**
 * The noun that carries a head's number: the word before its first preposition ("plan" of "plan de
 * consultations", "exchange" of "exchange of letters"), else its last word ("joint statements").
 */
function headNoun(head: string): string {
  const m = /^(.*?)\s(?:of|de|des|d['’])(?:\s|$)/iu.exec(head.replace(/d['’]/giu, 'd’ '));
  const words = (m ? m[1]! : head).trim().split(/\s+/);
  return words[words.length - 1]!;
}

/** Where another document's title starts in `seg` after a conjunction or comma, or -1. */
function firstNextHead(re: RegExp, seg: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const mods = m[1]!.trim();
    if (!mods || mods.split(/\s+/).every((w) => /^(?:\p{Lu}|\d)/u.test(w))) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

/**
 * Where the first title stop in `seg` is, or -1. The stops are matched case-blind, so "and the"
 * would also stop "… between the Government of A and the Government of B": a capitalised word after
 * it continues a party name and is no stop.
 */
function firstStop(stops: RegExp, seg: string): number {
  for (let from = 0; from < seg.length;) {
    const m = stops.exec(seg.slice(from));
    if (!m) return -1;
    const at = from + m.index;
    if (!/^\s(?:and|et) (?:the |le |la |les |l['’])?\p{Lu}/u.test(seg.slice(at))) return at;
    from = at + m[0].length;
  }
  return -1;
}

/** The status the words near a title support; the nearest cue after it wins, then before it. */
function statusOf(text: string, lang: Language, start: number, end: number, sentences: Sentence[], nextHead = text.length, prevHead = 0): { status: AgreementStatus; span: InstrumentMention['statusSpan'] } {
  const sent = sentenceAt(sentences, start);
  const sStart = sent ? sent.start : Math.max(0, start - 150);
  const sEnd = sent ? Math.max(sent.end, end) : end + 150;
  // What follows the title up to the next document, and up to a clause joined by "а также": a cue
  // there before another title governs that one ("вступление в силу Соглашения А, а также ратификацию Соглашения Б").
  let afterEnd = Math.min(sEnd, end + 120, nextHead);
  const joined = /,?\s(?:а также|as well as|ainsi que)\s/iu.exec(text.slice(end, afterEnd));
  if (joined) afterEnd = end + joined.index;
  // Before the title, only what follows the previous document's head: a cue before that one is its own.
  const windows = [[end, afterEnd], [Math.max(sStart, start - 160, prevHead), start], [sStart, sEnd]] as const;
  const cues = statusCues(lang);
  for (const [a, b] of windows) {
    const seg = text.slice(a, b);
    // One pass over the window says whether any cue is there; most windows have none.
    if (!cues.any.test(seg)) continue;
    let best: { status: AgreementStatus; idx: number; text: string } | null = null;
    for (const cue of cues.each) {
      const m = cue.re.exec(seg);
      if (!m) continue;
      if (!best || STATUS_RANK.indexOf(cue.status) > STATUS_RANK.indexOf(best.status)) best = { status: cue.status, idx: m.index, text: m[0] };
    }
    if (best) return { status: best.status, span: { start: a + best.idx, end: a + best.idx + best.text.length, text: best.text } };
  }
  return { status: 'signed', span: null };
}
