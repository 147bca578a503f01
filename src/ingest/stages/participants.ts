import type { Language } from '../../contracts/index.js';
import { LEXICONS } from '../lexicon/index.js';
import type { CountryMention } from './countries.js';
import type { PersonMention } from './people.js';
import type { PlaceMention } from './places.js';
import { cachedRe } from './matcher.js';

/**
 * Stage: participants. Mentions of one person (titled, as a speaker label, bare) become one
 * participant with the fullest name the text gives; the country comes from the title, else from
 * "led the Indian delegation", else from the side the person must belong to. People who only
 * attribute the readout (spokespeople) or whose state is not a side are left out.
 */

export interface Participant {
  name: string; role: string | null; country: string | null; rank: PersonMention['rank'];
  mentions: PersonMention[]; aliases: string[];
}

/** Titles a readout's own officials carry without naming their state. */
const HOME_ROLE: Record<Language, (role: string | null) => boolean> = {
  en: (r) => !!r && /secretary|envoy|representative|administrator|charg[ée]|coordinator|advis[eo]r|spokes/i.test(r),
  fr: (r) => !!r && /^(?:pr[ée]sident(?:e)? de la r[ée]publique|premi(?:er|ère) ministre|ministre\b.*|chef de l['’][ée]tat)$/i.test(r),
  ru: (r) => !r || /^(?:президент\p{L}*|глав\p{L}* российского государства)$/iu.test(r),
};

const folded = new Map<string, string>();
/** Lower case without diacritics, ё as е; names recur across mentions, so each is folded once. */
const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
    if (folded.size >= 10_000) folded.clear();
    folded.set(s, f);
  }
  return f;
};
const wordsOf = (name: string) => fold(name).split(/[\s.]+/).filter(Boolean);
const surname = (name: string) => wordsOf(name).pop() ?? '';
/** The fullest form: more words written out ("Сергей Лавров" over "С.В.Лавров"), then more words. */
const isFuller = (a: string, b: string) => {
  const full = (n: string) => wordsOf(n).filter((w) => w.length > 1).length;
  return full(a) !== full(b) ? full(a) > full(b) : wordsOf(a).length > wordsOf(b).length;
};

/** Same person: same surname, and given names that agree (equal, or one an initial of the other, or absent). */
function isSamePerson(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  // "Félix Tshisekedi" is "Félix Antoine Tshisekedi Tshilombo": one name's words all in the other's.
  if (wa.length > 1 && wb.length > 1 && (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)))) return true;
  // "Speaker Park" is "Park Ji-won": a lone word that opens a name written surname first.
  if ((wa.length === 1 && wb.length > 1 && wb[0] === wa[0] && wa[0]!.length > 1) || (wb.length === 1 && wa.length > 1 && wa[0] === wb[0] && wb[0]!.length > 1)) return true;
  // A compound given name written in full or in part: "Félix Tshisekedi" is "Félix-Antoine Tshisekedi Tshilombo".
  const ha = wa.flatMap((w) => w.split('-'));
  const hb = wb.flatMap((w) => w.split('-'));
  if (ha.length > wa.length || hb.length > wb.length) {
    if (wa.length > 1 && wb.length > 1 && (ha.every((w) => hb.includes(w)) || hb.every((w) => ha.includes(w)))) return true;
  }
  if (surname(a) !== surname(b)) return false;
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  const ga = wordsOf(a).slice(0, -1);
  const gb = wordsOf(b).slice(0, -1);
  if (!ga.length || !gb.length) return true;
  return ga[0]![0] === gb[0]![0];
}

/**
 * Merge and filter person mentions into participants.
 * @param sides engagement countries; people of other states are not participants
 * @param home the publisher's state, the default side of an untitled person
 * @param places place mentions: a visitor comes from the side whose country he does not visit
 */
export function buildParticipants(text: string, lang: Language, people: PersonMention[], countries: CountryMention[], sides: string[], home: string, leadEnd = text.length, titleEnd = 0, places: PlaceMention[] = [], referenceDate: string | null = null): Participant[] {
  const nonPart = cachedRe(`(?:${LEXICONS[lang].nonParticipantCues.join('|')})[\\s:,]*(?:(?:le|la|l['’]|the)\\s*)?$`, 'iu');
  const groups: Participant[] = [];
  const body = text.slice(titleEnd);
  for (const raw of people) {
    // A headline capitalises every word: keep a long headline name only as far as the body confirms it.
    let p = raw;
    if (lang === 'en' && p.start < titleEnd && p.name.split(' ').length >= 3 && !body.includes(p.name)) {
      const two = p.name.split(' ').slice(0, 2).join(' ');
      if (!body.includes(two)) continue;
      p = { ...p, name: two };
    }
    const before = text.slice(Math.max(0, p.roleStart - 40), p.roleStart);
    if (nonPart.test(before.slice(before.lastIndexOf('\n') + 1)) && !before.endsWith('\n')) continue;
    const g = groups.find((x) => x.mentions.some((m) => isSamePerson(m.name, p.name)));
    if (g) {
      g.mentions.push(p);
      if (isFuller(p.name, g.name) && p.via !== 'label') g.name = p.name;
      if (!g.country && p.country) g.country = p.country;
      if ((!g.role || g.mentions[0]!.via === 'bare' || g.mentions[0]!.via === 'label') && p.role && p.via.startsWith('title')) { g.role = p.role; g.rank = p.rank; }
    } else {
      groups.push({ name: p.name, role: p.role, country: p.country, rank: p.rank, mentions: [p], aliases: [] });
    }
  }
  for (const g of groups) {
    if (!g.country) g.country = delegationCountry(text, g, countries) ?? (lang === 'ru' ? sideMarkerCountry(text, g, countries) : null);
    g.aliases = [...new Set(g.mentions.map((m) => m.name).filter((n) => n !== g.name))];
  }
  // People without a stated country belong to a side: those with the publisher's own titles
  // ("Secretary of State", "Special Envoy"; an untitled actor of a Kremlin readout) to its state,
  // the others to the side nobody holds yet.
  const open = groups.filter((g) => !g.country && !g.mentions.some((m) => m.isIntlOrg));
  for (const g of open) {
    // "du côté ivoirien, M. X, ministre …", "on the Indian side, Minister Y": the side the sentence names.
    const marked = g.mentions.map((m) => sideMarked(text, m, countries)).find((c) => c && sides.includes(c));
    if (marked) { g.country = marked; continue; }
    // "son homologue, M. X": the counterpart of whoever the sentence names first, else of the publisher's side.
    const counterpart = g.mentions.find((m) => m.rank === 'other' && /homologue|counterpart|коллег/iu.test(m.role ?? ''));
    if (counterpart && sides.length === 2) {
      const subject = groups.find((o) => o !== g && o.country && o.mentions.some((m) => m.start < counterpart.start && m.start >= sentenceStart(text, counterpart.start)));
      const other = subject ? sides.find((c) => c !== subject.country) : sides.includes(home) ? sides.find((c) => c !== home) : undefined;
      if (other) { g.country = other; continue; }
    }
    // "… avec le Président X, ainsi qu'avec la ministre Y": people met together are of one side;
    // "X et M. Y, ministre …, ont signé …": two people who sign or co-chair together are of two.
    const joined = joinedSide(text, g, groups, sides);
    if (joined) { g.country = joined; continue; }
    // Two people under one plural title are one per side: the partner's side known, this one takes the other.
    const paired = g.mentions.find((m) => m.pairedWith !== undefined);
    const partner = paired ? groups.find((o) => o !== g && o.mentions.some((m) => m.start === paired.pairedWith)) : undefined;
    if (partner && sides.length === 2) {
      const partnerSide = partner.country ?? (sides.includes(home) && paired!.start > paired!.pairedWith! ? home : null);
      const mine = partnerSide ? sides.find((c) => c !== partnerSide) : sides.includes(home) ? home : sides[0];
      if (mine) { g.country = mine; continue; }
    }
    const posted = g.mentions.find((m) => m.postedTo)?.postedTo;
    const visited = posted ? null : visitedCountry(text, g, people, countries, places);
    if (posted) g.country = sides.find((c) => c !== posted) ?? null;
    else if (visited && sides.includes(visited)) g.country = sides.find((c) => c !== visited) ?? null;
    else if (sides.includes(home) && HOME_ROLE[lang](g.role) && !g.mentions.some((m) => m.isForeignLike)) {
      // A minister named among the guest's companions is the guest's, not the author's.
      const companion = companionCountry(text, g, groups, countries);
      g.country = companion && sides.includes(companion) ? companion : home;
    }
  }
  if (lang === 'en') {
    // "X was accompanied by A and B", "The Kenyan delegation included A": the leader's or the
    // delegation's state; "A met B", "A and B held talks": the side that is not B's.
    for (const g of open) {
      if (g.country) continue;
      const c = companionCountry(text, g, groups, countries);
      if (c && sides.includes(c)) g.country = c;
    }
    for (const g of open) if (!g.country) g.country = linkedCountry(text, g, groups, sides);
  }
  for (const g of open) {
    if (g.country) continue;
    const free = sides.filter((c) => !groups.some((o) => o.country === c));
    // A state has one head of state and one head of government: a president whose state is not
    // stated ("с президентом республики") beside the other side's president is the other side's.
    // Only where the other side has no one of that rank yet: with both presidents placed, a third
    // "président" (a parliament's) says nothing of his side.
    const peers = !free.length && (g.rank === 'head_of_state' || g.rank === 'head_of_government') ? groups.filter((o) => o !== g && o.rank === g.rank && o.country && sides.includes(o.country)) : [];
    const peer = peers.length && peers.every((o) => o.country === peers[0]!.country) ? peers[0] : undefined;
    if (peer) { g.country = sides.find((c) => c !== peer.country) ?? null; continue; }
    // Named among a leader's companions ("в сопровождении министра …"): the leader's side.
    const companion = companionCountry(text, g, groups, countries);
    if (companion && sides.includes(companion)) { g.country = companion; continue; }
    g.country = free.find((c) => c !== home) ?? free[0] ?? (sides.includes(home) ? home : null);
  }
  if (lang === 'en') {
    // With both sides held, an official the text names without a state is the host's: readouts
    // present the visitors through their delegation and name the host's own people by office alone
    // ("Minister of Health Dr. Mona Aziz joined the talks" in Cairo).
    // The host is where the reported meeting is: the first place of a side, not one in a sentence
    // dated to an earlier year ("signed … in Rome in May 2019"). Leaders are left alone: a
    // head of state named in passing ("under the guidance of President …") takes part in nothing.
    const year = referenceDate?.slice(0, 4) ?? null;
    // A readout names its own officials by office alone and the guests with their state ("President X"
    // beside "German Chancellor Y"): where the people of one side only are named without a state, the
    // others named so are of that side too, wherever the meeting is.
    const unmarked = new Set(groups.filter((g) => g.country && !g.mentions.some((m) => m.country) && g.mentions.some((m) => m.via !== 'bare')).map((g) => g.country));
    const marked = new Set(groups.filter((g) => g.mentions.some((m) => m.country)).map((g) => g.country));
    const own = unmarked.size === 1 && ![...unmarked].some((c) => marked.has(c)) ? [...unmarked][0]! : null;
    const host = own ?? places.find((p) => p.countryCode && sides.includes(p.countryCode) && !otherYear(text, p.start, year))?.countryCode ?? null;
    for (const g of open) {
      if (g.country) continue;
      const isLeader = (g.rank === 'head_of_state' || g.rank === 'head_of_government') && !/^(?:first |deputy |vice)/iu.test(g.role ?? '');
      const companion = companionCountry(text, g, groups, countries);
      g.country = (companion && sides.includes(companion) ? companion : null) ?? linkedCountry(text, g, groups, sides) ?? (!isLeader && g.mentions.some((m) => m.via !== 'bare') ? host : null);
    }
  }
  // People named only where the text speaks of what is still to come ("the summit, to be chaired by
  // President …", "… will be accompanied by the Minister …") take part in no reported engagement.
  if (lang === 'en') {
    const future = cachedRe(`(?<![\\p{L}])(?:${LEXICONS[lang].futureCues.join('|')}|tomorrow)(?![\\p{L}])`, 'iu');
    const isAhead = (m: PersonMention) => { const a = sentenceStart(text, m.start); return future.test(text.slice(a, sentenceEnd(text, m.end))); };
    for (let i = groups.length - 1; i >= 0; i--) if (groups[i]!.mentions.every(isAhead)) groups.splice(i, 1);
  }
  // A lone surname is a participant only where the headline or the lead names the people who take part.
  const kept = groups.filter((g) => wordsOf(g.name).length > 1 || g.name.includes('.') || g.mentions.some((m) => m.start < leadEnd));
  return kept.filter((g) => (g.country === null && g.mentions.some((m) => m.isIntlOrg)) || (g.country !== null && sides.includes(g.country)));
}

 /** A verb of visiting or arriving: "visited", "a effectué une visite … à", "находится … с визитом", "прибыл в". */
const VISIT_VERB = /(?<![\p{L}])(?:visit(?:ed|s|ing)?|(?:is|was) (?:in|on a)|arrived in|travell?ed to|(?:en )?visite|rendu\p{L}*|arriv[ée]\p{L}*|séjourn\p{L}*|se trouv\p{L}*|посетил\p{L}*|посещ\p{L}*|прибыл\p{L}*|прибыв\p{L}*|находящ\p{L}*|находи\p{L}*|визит\p{L}*)(?![\p{L}])/iu;

/**
 * The country a person visits, where the clause right after his name says so ("Yassine Fall, …, a
 * effectué une visite de travail à Rabat", "President Ruto, who visited Hanoi", "С.Сугионо,
 * находящимся в России с рабочим визитом"): the first place or country after the verb, before the
 * sentence ends or another person is named.
 */
function visitedCountry(text: string, g: Participant, people: PersonMention[], countries: CountryMention[], places: PlaceMention[]): string | null {
  for (const m of g.mentions) {
    const from = Math.max(m.end, m.roleEnd);
    const stop = /[.;!?\n]/.exec(text.slice(from, from + 220));
    const until = from + (stop ? stop.index : 220);
    const nextPerson = people.find((o) => o.start >= from && o.start < until && !g.mentions.includes(o));
    const end = nextPerson ? Math.min(until, nextPerson.roleStart, nextPerson.start) : until;
    const verb = VISIT_VERB.exec(text.slice(from, end));
    if (!verb) continue;
    const at = from + verb.index;
    const where = [...places.filter((p) => p.countryCode), ...countries.filter((c) => c.form === 'name')]
      .filter((x) => x.start >= at && x.start < Math.min(end, at + 120))
      .sort((a, b) => a.start - b.start)[0];
    if (where) return 'code' in where ? where.code : where.countryCode;
  }
  return null;
}

/** A joint verb after two people joined by "et": they act as the two sides ("ont signé", "ont coprésidé", "se sont entretenus"). */
const FR_JOINT_VERB = /^[^.;]{0,160}?(?<![\p{L}])(?:ont|se sont|avaient|s['’][ée]taient)\s+(?:\p{Ll}+\s+)?(?:sign[ée]|copr[ée]sid[ée]|co-pr[ée]sid[ée]|proc[ée]d[ée]|entretenus|rencontr[ée]s|paraph[ée])/u;

/**
 * The side a person takes from the one named next to him: "ainsi qu'avec" / "et avec" before him
 * adds another person met, of the same side as the one before; "A et M. B, …, ont signé" makes
 * the two the two sides.
 */
function joinedSide(text: string, g: Participant, groups: Participant[], sides: string[]): string | null {
  if (sides.length !== 2) return null;
  for (const m of g.mentions) {
    const at = Math.min(m.start, m.roleStart);
    const after = Math.max(m.end, m.roleEnd);
    // "Claire Roux et M. Issa Garba, …, ont signé": the name before "et" may be a later, untitled mention.
    const before = /(\p{Lu}[\p{L}'’-]+)\s+et\s+(?:(?:M|Mme)\.|Monsieur|Madame)?\s*$/u.exec(text.slice(Math.max(0, at - 60), at));
    const named = before ? groups.find((o) => o !== g && o.country && sides.includes(o.country) && surname(o.name) === fold(before[1]!)) : undefined;
    if (named && FR_JOINT_VERB.test(text.slice(after, after + 200))) return sides.find((c) => c !== named.country) ?? null;
    const prev = groups.filter((o) => o !== g && o.country && sides.includes(o.country))
      .flatMap((o) => o.mentions.map((x) => ({ o, end: Math.max(x.end, x.roleEnd) })))
      .filter((x) => x.end <= at && at - x.end < 120).sort((a, b) => b.end - a.end)[0];
    if (!prev) continue;
    const gap = text.slice(prev.end, at).replace(/(?:M|Mme|S\.E)\.(?=\s)/gu, '');
    if (/^,?\s+(?:ainsi qu['’]|et\s+)avec\s[^.;]{0,90}$/iu.test(gap)) return prev.o.country;
    if (/^\s+et\s+(?:M\.|Mme|Monsieur|Madame)?\s*$/u.test(gap) && FR_JOINT_VERB.test(text.slice(Math.max(m.end, m.roleEnd), Math.max(m.end, m.roleEnd) + 200))) return sides.find((c) => c !== prev.o.country) ?? null;
  }
  return null;
}

/**
 * The side a Russian sentence assigns people to before naming them: "С российской стороны в
 * переговорах участвовали …", "с монгольской – …", "со стороны Монголии …", "Таджикистан
 * представляли …", "в состав казахстанской делегации вошли …". The last such marker before the
 * person's title in the same sentence gives the country.
 */
const SIDE_MARKER = /(?<![\p{L}])(?:[Сс]о?\s+(\p{L}+)\s+стороны|[Сс]о?\s+(\p{L}+)(?=\s*[–—-]\s)|[Сс]о\s+стороны\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)|(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)\s+представлял\p{L}*|(\p{L}+)\s+делегаци\p{L}*\s+(?:представлял|возглавлял|входил)\p{L}*|в\s+(?:состав|составе)\s+(\p{L}+)\s+делегаци\p{L}*)/gu;

function sideMarkerCountry(text: string, g: Participant, countries: CountryMention[]): string | null {
  for (const m of g.mentions) {
    if (m.via === 'bare') continue;
    const from = Math.max(0, m.roleStart - 400);
    const before = text.slice(from, m.roleStart);
    // The sentence the title is in: from the last full stop after a word, or a line break.
    const cut = Math.max(before.lastIndexOf('\n') + 1, ...[...before.matchAll(/\p{Ll}[.!?]\s+(?=\p{Lu})/gu)].map((x) => x.index + x[0].length));
    let code: string | null = null;
    SIDE_MARKER.lastIndex = 0;
    for (let x = SIDE_MARKER.exec(before); x; x = SIDE_MARKER.exec(before)) {
      if (x.index < cut) continue;
      const gi = x.slice(1).findIndex((v) => v !== undefined);
      const word = x[gi + 1]!;
      const at = from + x.index + x[0].indexOf(word);
      const c = countries.find((y) => y.start === at && y.end <= at + word.length);
      if (c) code = c.code;
    }
    if (code) return code;
  }
  return null;
}

/**
 * A side named earlier in the person's sentence: "du côté ivoirien, M. X", "pour la partie
 * marocaine, …", "on the Indian side, …", "с российской стороны – …". The last such marker before
 * the person wins, so an enumeration of both delegations splits where the second marker stands.
 */
function sideMarked(text: string, m: PersonMention, countries: CountryMention[]): string | null {
  const at = Math.min(m.start, m.roleStart);
  const from = sentenceStart(text, at);
  const marker = countries.filter((c) => c.start >= from && c.end <= at
    && (/(?:c[ôo]t[ée]|la partie)\s+$/iu.test(text.slice(Math.max(0, c.start - 12), c.start)) || /^\s+(?:side|сторон\p{L}*)(?![\p{L}])/iu.test(text.slice(c.end, c.end + 12)))).pop();
  return marker?.code ?? null;
}

/** "… led the Indian delegation" / "… возглавил российскую делегацию" right after the person. */
function delegationCountry(text: string, g: Participant, countries: CountryMention[]): string | null {
  for (const m of g.mentions) {
    const from = Math.max(m.end, m.roleEnd);
    const win = text.slice(from, from + 140);
    const d = /(?:led|headed|head of|leading) the ([\p{L}.]+(?:\s[\p{L}.]+)?) delegation|возглав\p{L}* (\p{L}+) делегаци|conduit la délégation (\p{L}+)/u.exec(win);
    if (!d) continue;
    const at = from + d.index;
    const c = countries.find((x) => x.start >= at && x.end <= at + d[0].length);
    if (c) return c.code;
  }
  return null;
}

/** Verbs of the companions of a leader or members of a delegation, up to the enumeration of names. */
const COMPANION_CUE = /(?:accompanied by|joined by|delegation (?:included|comprised|consisted of|was composed of|also included)|delegation,? (?:including|comprising)|accompagn[ée]e?s? (?:de|du|des|d['’]|par)|en compagnie (?:de|du|des|d['’])|délégation (?:comprenait|comptait|était composée (?:de|du|des|d['’]))|в сопровождении)(?:[^.;!?\n]|(?<=(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Hon|Prof|\p{Lu}))\.)*$/u;

/**
 * The state of a person named among a leader's companions or in a delegation: the delegation's
 * adjective ("The Kenyan delegation included …"), else the state of the person named before
 * "accompanied by" in the same sentence ("Prime Minister Nowak was accompanied by …", "Le Premier
 * ministre X était accompagné du ministre …", "Премьер-министр прибыл в сопровождении министра …").
 */
function companionCountry(text: string, g: Participant, groups: Participant[], countries: CountryMention[]): string | null {
  for (const m of g.mentions) {
    const sentStart = sentenceStart(text, m.roleStart);
    const before = text.slice(sentStart, m.roleStart);
    const cue = COMPANION_CUE.exec(before);
    if (!cue) continue;
    const at = sentStart + cue.index;
    if (/d[ée]l[ée]gation/.test(cue[0])) {
      const adj = countries.filter((c) => c.end <= at && c.end >= at - 25).pop();
      if (adj) return adj.code;
    }
    const lead = groups.filter((o) => o !== g && o.country && o.mentions.some((x) => x.start >= sentStart && x.end <= at)).pop();
    if (lead) return lead.country;
    // A wire report names the leader by surname alone: "Holm, who was accompanied by …".
    const words = new Set(text.slice(sentStart, at).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []);
    const bySurname = groups.filter((o) => o !== g && o.country && words.has(o.name.split(' ').pop()!));
    if (bySurname.length === 1) return bySurname[0]!.country;
  }
  return null;
}

/** Between two people of one sentence: they meet, so they are of different sides. */
const MEETS_AFTER = /^(?:,[^,.;]{0,60},)?\s*(?:met|held (?:talks|a meeting|a call|consultations)|spoke|had (?:a )?(?:talks|meeting|call|conversation)|co-?chaired (?:[^,.;]{0,80} )?)(?:\s+\p{Ll}+){0,2}\s+with\s*$|^(?:,[^,.;]{0,60},)?\s*(?:received|hosted|called on|met)\s*$/u;
const TOGETHER_BEFORE = /^(?:,[^,.;]{0,40})*,?\s*(?:held|met|co-?chaired|had|spoke)\b/u;

/**
 * The side of a person linked to another of known state by a meeting: "Foreign Minister Omar Said met
 * with Ali Hamid", "President A and Prime Minister B held talks".
 */
function linkedCountry(text: string, g: Participant, groups: Participant[], sides: string[]): string | null {
  for (const m of g.mentions) {
    for (const o of groups) {
      if (o === g || !o.country || !sides.includes(o.country)) continue;
      for (const x of o.mentions) {
        const [a, b] = x.start < m.start ? [x, m] : [m, x];
        const gap = text.slice(a.end, b.roleStart < b.start && b.roleStart > a.end ? b.roleStart : b.start);
        if (gap.length > 160 || /[.;!?\n]/.test(gap.replace(/\b(?:\p{Lu}\.)+/gu, ''))) continue;
        const isMeeting = MEETS_AFTER.test(gap) || (/^,?\s*and(?: the)?\s*$/u.test(gap) && TOGETHER_BEFORE.test(text.slice(b.end, b.end + 90)));
        if (isMeeting) return sides.find((c) => c !== o.country) ?? null;
      }
    }
  }
  return null;
}

/** Where the sentence holding `pos` starts: after the last full stop that does not close a style or an initial ("Mr.", "S."). */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 600);
  const re = /(?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Hon|St|Gen|Prof|No|Jr|Sr|\p{Lu}))[.!?]["”’)]*\s+|\n/gu;
  let start = from;
  const window = text.slice(from, pos);
  for (let m = re.exec(window); m; m = re.exec(window)) start = from + m.index + m[0].length;
  return start;
}

/** Where the sentence holding `pos` ends. */
function sentenceEnd(text: string, pos: number): number {
  const m = /(?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Hon|St|Gen|Prof|No|Jr|Sr|\p{Lu}))[.!?](?=["”’)]*\s)|\n/u.exec(text.slice(pos, pos + 600));
  return m ? pos + m.index : Math.min(text.length, pos + 600);
}

/** The sentence at `pos` names a year other than the reference year. */
function otherYear(text: string, pos: number, year: string | null): boolean {
  if (!year) return false;
  const sentence = text.slice(sentenceStart(text, pos), sentenceEnd(text, pos));
  return (sentence.match(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu) ?? []).some((y) => y !== year);
}
