import type { BodyKind } from '../../contracts/index.js';
import type { Agreement } from './agreements.js';
import type { EngagementDraft } from './engagements.js';

/**
 * Stage: bodies. A commission, committee or working group is recorded when an instrument creates
 * it ("Agreement … on creating an Intergovernmental Commission for …", "о создании …", "portant
 * création de …") or when the readout reports its session.
 */

export interface BodyDraft { name: string; kind: BodyKind; start: number; end: number; establishedBy: Agreement | null }

const CREATES = /(?:on|about) (?:creating|establishing|the (?:creation|establishment) of)\s+(?:an?\s+|the\s+)?(.+)$|о создании\s+(.+)$|(?:portant|relatif à la) cr[ée]ation (?:d['’]une?\s+|de la\s+|du\s+)(.+)$/iu;

/** What kind of body a name denotes. */
export function bodyKind(name: string): BodyKind {
  if (/intergovernmental|межправительств|intergouvernement/iu.test(name)) return 'intergovernmental_commission';
  if (/sub-?commission|подкомисси|sous-commission/iu.test(name)) return 'sub_commission';
  if (/working group|рабоч\p{L}* групп|groupe de travail/iu.test(name)) return 'working_group';
  if (/dialogue|диалог/iu.test(name)) return 'strategic_dialogue';
  if (/committee|комитет|comit[ée]|commission|комисси/iu.test(name)) return 'joint_committee';
  return 'other';
}

/**
 * Bodies created by agreements or meeting in the reported session.
 * @param text the readout
 */
export function findBodies(text: string, agreements: Agreement[], engagements: EngagementDraft[]): BodyDraft[] {
  const out: BodyDraft[] = [];
  for (const a of agreements) {
    const m = CREATES.exec(a.mention.title);
    const name = m ? (m[1] ?? m[2] ?? m[3])! : null;
    if (!name || !/commission|committee|council|group|комисси|комитет|совет|групп|comit[ée]|conseil|groupe/iu.test(name)) continue;
    const offset = a.mention.title.length - name.length;
    out.push({ name: name.replace(/[.;,]+$/, ''), kind: bodyKind(name), start: a.mention.end - (a.mention.title.length - offset), end: a.mention.end, establishedBy: a });
  }
  const session = engagements.find((e) => e.isMain && e.type === 'commission_session');
  if (session) {
    // The session's body: the capitalised name that ends with the cue ("India-U.S. Counternarcotics Working Group").
    const before = text.slice(Math.max(0, session.cue.start - 80), session.cue.end);
    const m = /((?:(?:\p{Lu}[\p{L}.'’–-]*|of|the)\s+)*)(\p{Lu}[\p{L} ]*)$/u.exec(before);
    const name = m ? `${m[1] ?? ''}${m[2]}`.replace(/^(?:the|of)\s+/i, '').trim() : session.cue.text;
    if (/^\p{Lu}/u.test(name) && !out.some((b) => b.name === name)) out.push({ name, kind: bodyKind(name), start: session.cue.end - name.length, end: session.cue.end, establishedBy: null });
  }
  return out;
}
