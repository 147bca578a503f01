import type { InstrumentLevel, Language, Sector } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import { findCountryMentions } from './countries.js';
import type { InstrumentMention } from './instruments.js';
import type { SectorMention } from './sectors.js';
import { sectorsWithin } from './sectors.js';
import { wordRe } from './matcher.js';
import { perLanguage } from '../../reference/perLanguage.js';
import type { Sentence } from './segment.js';

/**
 * Stage: agreements. Mentions of one instrument (headline and body, running text and later
 * repetition) become one agreement; the text itself (a joint statement that is the readout) is left
 * out; level comes from the parties the title names, parties from the sides, sectors from the title.
 */

export interface Agreement {
  mention: InstrumentMention; others: InstrumentMention[];
  level: InstrumentLevel; parties: string[]; sectors: Sector[];
  status: InstrumentMention['status'];
}

const FUNCTION_WORDS = new Set('the of and on in a an to for between de la le les des du et en sur l d об о и в на между по с для'.split(' '));
const words = (t: string) => new Set(t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FUNCTION_WORDS.has(w)));
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * A short reference to a fuller title of the same kind: a head and at most two words, each of which
 * the fuller title carries in some form ("la convention fiscale" for "Convention … en vue d'éviter
 * les doubles impositions et de prévenir l'évasion et la fraude fiscales …").
 */
function isShortRef(short: InstrumentMention, full: InstrumentMention): boolean {
  if (short.kind !== full.kind || short.isListed || short.title.length >= full.title.length) return false;
  const ws = [...words(short.title)];
  const wf = [...words(full.title)];
  if (ws.length < 2 || ws.length > 3 || wf.length < ws.length + 2) return false;
  const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
  return ws.every((w) => wf.some((f) => f.startsWith(stem(w))));
}

/**
 * Two mentions of one document end alike: the shorter title's last word is in the longer one. Titles
 * that share their parties and differ in their topic do not ("… Республики Сербия о сотрудничестве в
 * области культуры" and "… о сотрудничестве в области информационной безопасности").
 */
function endsAlike(a: string, b: string): boolean {
  const [short, long] = words(a).size <= words(b).size ? [a, b] : [b, a];
  const last = [...words(short)].pop();
  return !last || words(long).has(last);
}

const SELF_TITLE = /joint statement|joint declaration|совместн\p{L}* заявлени|d[ée]claration (?:conjointe|commune)|communiqu[ée] (?:conjoint|commun)/iu;

/**
 * Build the agreements of a readout from its instrument mentions.
 * @param parties the sides (two states, or a group for a multilateral text)
 * @param isMultilateral the parties are a group of three or more states
 */
export function buildAgreements(text: string, lang: Language, mentions: InstrumentMention[], sectors: SectorMention[], sentences: Sentence[], titleEnd: number, parties: string[]): Agreement[] {
  const title = text.slice(0, titleEnd);
  const isSelfStatement = SELF_TITLE.test(title);
  const body = sentences.filter((s) => s.start >= titleEnd);
  const leadEnd = (body[1] ?? body[0])?.end ?? titleEnd;
  const kept = mentions.filter((m) => {
    const isStatementKind = m.kind === 'joint_statement' || (m.kind === 'declaration' && /conjointe|commune|joint/i.test(m.headText));
    if (!isStatementKind) return true;
    if (m.start < titleEnd) return false; // the headline names the text itself
    return !(isSelfStatement && m.start < leadEnd);
  });
  const out: Agreement[] = [];
  for (const m of kept) {
    const same = out.find((a) => {
      const x = a.mention;
      if (x.isListed && m.isListed) return false;
      const ov = overlap(x.title, m.title);
      if (isShortRef(x, m) || isShortRef(m, x)) return true;
      return x.isInTitleLine !== m.isInTitleLine ? ov >= 0.6 && x.kind === m.kind : ov >= 0.85 && endsAlike(x.title, m.title);
    });
    if (same) {
      // A body mention beats the headline's title-cased one; a longer body mention beats a shorter.
      const better = (same.mention.isInTitleLine && !m.isInTitleLine) || isShortRef(same.mention, m);
      if (better) { same.others.push(same.mention); same.mention = m; } else same.others.push(m);
      continue;
    }
    out.push({ mention: m, others: [], level: 'intergovernmental', parties, sectors: [], status: m.status });
  }
  const rank = ['under_negotiation', 'announced', 'signed', 'ratified', 'in_force'];
  for (const a of out) {
    const all = [a.mention, ...a.others];
    a.status = all.map((m) => m.status).sort((x, y) => rank.indexOf(y) - rank.indexOf(x))[0]!;
    a.level = levelOf(lang, a.mention.title, a.mention.kind, parties.length);
    a.sectors = [...new Set(all.flatMap((m) => sectorsWithin(sectors, m.start, m.end)))];
  }
  upgradeByAnaphora(text, lang, out);
  return out;
}

/** The level cues of a language in the order levelOf tries them (intergovernmental, interagency, interstate, other), compiled once. */
const levelCues = perLanguage((lang): { level: InstrumentLevel; re: RegExp }[] =>
  (['intergovernmental', 'interagency', 'interstate', 'other'] as const).flatMap((want) =>
    LEXICONS[lang].levelCues.filter((c) => c.level === want).map((c) => ({ level: want, re: wordRe(c.pattern, 'iu') }))));

const ANAPHORA_KINDS = ['agreement', 'treaty', 'convention', 'protocol', 'memorandum'] as const;
/** upgradeByAnaphora's regexes, compiled once per language: the in-force cue (global) and the head nouns of each kind (null when the language has none). */
const anaphoraRes = perLanguage((lang): { inForce: RegExp; heads: { kind: (typeof ANAPHORA_KINDS)[number]; re: RegExp | null }[] } => {
  const inForce = LEXICONS[lang].statusCues.find((c) => c.status === 'in_force')!;
  return {
    inForce: new RegExp(`(?<![\\p{L}])(?:${inForce.pattern})(?![\\p{L}])`, 'giu'),
    heads: ANAPHORA_KINDS.map((kind) => {
      const head = LEXICONS[lang].instrumentHeads.filter((h) => h.kind === kind).map((h) => h.pattern).join('|');
      return { kind, re: head ? wordRe(head, 'iu') : null };
    }),
  };
});

function levelOf(lang: Language, title: string, kind: string, nParties: number): InstrumentLevel {
  if (nParties > 2) return 'other';
  for (const { level, re } of levelCues(lang)) if (re.test(title)) return level;
  // Parties named as states: "entre la République de Côte d'Ivoire et la République du Ghana",
  // "entre la France et le Cameroun".
  if (statesNamedAsParties(title, lang)) return 'interstate';
  // Treaties and the leaders' joint statements bind states; other declarations follow the instrument they serve.
  if (kind === 'treaty' || kind === 'joint_statement' || (kind === 'declaration' && /joint|conjointe|commune|совместн/iu.test(title))) return 'interstate';
  return 'intergovernmental';
}

/** "The agreement entered into force …" later in the text: one agreement of that kind takes the status. */
function upgradeByAnaphora(text: string, lang: Language, out: Agreement[]): void {
  const { inForce, heads } = anaphoraRes(lang);
  // Only a kind with a single document can be upgraded: with none, the text is not scanned.
  if (!heads.some(({ kind, re: head }) => head && out.filter((a) => a.mention.kind === kind).length === 1)) return;
  const re = inForce;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 80), m.index + 80);
    for (const { kind, re: head } of heads) {
      const ofKind = out.filter((a) => a.mention.kind === kind);
      if (ofKind.length === 1 && head && head.test(around)) ofKind[0]!.status = 'in_force';
    }
  }
}

const BETWEEN: Partial<Record<Language, RegExp>> = { fr: /entre\s+(?:la|le|l['’]|les)\s*$/iu, en: /between\s+the\s+$/iu, ru: /между\s+$/iu };
/** Executive instruments stay intergovernmental whoever they name (ANNOTATION_NOTES: US MoUs, arrangements, letters of agreement). */
const EXECUTIVE = /letters? of agreement|memorand|arrangement|letters? of intent|lettre d['’]intention|меморандум/iu;
/** The title's parties are states: a country name right after "entre la / between (the)". */
function statesNamedAsParties(title: string, lang: Language): boolean {
  const re = BETWEEN[lang];
  if (!re || EXECUTIVE.test(title)) return false;
  return findCountryMentions(title, lang).some((c) => c.form === 'name' && re.test(title.slice(Math.max(0, c.start - 20), c.start)));
}
