import type { EvidenceSpan, Extraction, Sector } from '../contracts/index.js';
import type { ExtractOptions } from '../core/ports.js';
import { engagementCountries, runPipeline } from './pipeline.js';

/**
 * Read a readout into a draft: engagements, participants, countries, agreements, bodies, sectors,
 * channels and statements, each with the spans of `text` it was read from and a confidence.
 * Deterministic and offline.
 *
 * @param text the readout; when `title` is given the text starts with it ("title\n\n" + body)
 * @param options.language the language of the text
 * @param options.referenceDate YYYY-MM-DD for dates without a year and "today", or null
 * @param options.title the headline, when known
 * @returns the extraction, in the shapes of the corpus gold block plus evidence and confidence
 * @example
 * const x = extract('On June 23, President Vladimir Putin met …', { language: 'en', referenceDate: '2025-06-24' });
 */
export function extract(text: string, options: ExtractOptions): Extraction {
  const { language, referenceDate } = options;
  const publishedOn = options.publishedOn ?? null;
  const title = options.title ?? null;
  const titleEnd = title && text.startsWith(title) ? title.length : title ? Math.max(0, text.indexOf('\n')) : headlineEnd(text);
  // Exotic spaces (no-break, narrow no-break, thin) and carriage returns become plain ones, one
  // character for one, so that every offset still points into the text as given.
  const plain = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\r]/g, ' ');
  const ctx = runPipeline({ text: plain, language, referenceDate, publishedOn, titleEnd });
  const span = (field: string, s: { start: number; end: number }): EvidenceSpan => ({ field, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const sides = ctx.sides!;
  const engCountries = engagementCountries(sides);

  const participants = ctx.participants!.map((p, i) => {
    const best = p.mentions.find((m) => m.via.startsWith('title')) ?? p.mentions[0]!;
    const evidence = p.mentions.map((m) => span('name', m));
    if (best.role) evidence.push(span('role', { start: best.roleStart, end: best.roleEnd }));
    return {
      key: `per${i + 1}`, evidence, confidence: best.via.startsWith('title') ? 0.85 : best.via === 'label' ? 0.7 : 0.55,
      name: p.name, role: p.role, country: p.country, rank: p.rank, aliases: p.aliases,
    };
  });

  const agreements = ctx.agreements!.map((a, i) => {
    const m = a.mention;
    const evidence = [span('title', m), ...a.others.map((o) => span('title', o))];
    if (m.statusSpan) evidence.push(span('status', m.statusSpan));
    return {
      key: `agr${i + 1}`, evidence, confidence: m.isListed ? 0.9 : m.statusSpan ? 0.75 : 0.6,
      title: m.title, kind: m.kind, parties: a.parties, level: a.level, sectors: a.sectors, status: a.status, signed_on: null,
    };
  });

  const engagements = ctx.engagements!.map((e, i) => {
    const evidence = [span('type', e.cue)];
    if (e.date) evidence.push(span('date', e.date));
    if (e.place) evidence.push(span('place', e.place));
    for (const f of e.formatSpans) evidence.push(span('format', f));
    return {
      key: `eng${i + 1}`, evidence, confidence: e.isMain ? (e.date ? 0.85 : e.implicitDay ? 0.6 : 0.65) : 0.6,
      type: e.type, date: e.date?.value ?? e.inheritedMonth ?? e.implicitDay ?? null, end_date: e.date?.endValue ?? null,
      place: e.place?.city ?? null, countries: engCountries, format: e.format, status: e.status,
      level: e.isMain ? engagementLevel(participants.map((p) => p.rank)) : null, host: e.place?.countryCode && engCountries.includes(e.place.countryCode) ? e.place.countryCode : null,
      participants: e.isMain ? participants.map((p) => p.key) : [],
      agreements: e.isMain ? agreements.filter((a) => a.status === 'signed').map((a) => a.key) : [],
      title: null,
    };
  });

  const countries = [...new Set([...(engagements.length ? engCountries : []), ...agreements.flatMap((a) => a.parties)])];
  const bodies = ctx.bodies!.map((b, i) => ({
    key: `body${i + 1}`, evidence: [span('name', b)], confidence: b.establishedBy ? 0.8 : 0.6,
    name: b.name, kind: b.kind, countries: engCountries.length ? engCountries : sides.dyad, established_by: b.establishedBy?.mention.title ?? null,
  }));
  const statements = ctx.statements!.map((s, i) => ({
    key: `st${i + 1}`, evidence: [span('claim', s)], confidence: 0.6, topic: s.topic, claim: s.claim, trend: s.trend,
  }));
  // Terms in people's titles name their office, not an area of cooperation.
  const roles = ctx.participants!.flatMap((p) => p.mentions.map((m) => titleSpan(plain, language, m)));
  const docMentions = ctx.sectorMentions!.filter((m) => !m.isInOrgName && !roles.some(([a, b]) => m.start >= a && m.end <= b));
  // A notice that reports no engagement (an agreement entering into force) covers the areas of its instruments only.
  const sectors = engagements.length ? documentSectors(docMentions, agreements.flatMap((a) => a.sectors)) : documentSectors([], agreements.flatMap((a) => a.sectors));
  return {
    language, reference_date: referenceDate, title,
    engagements, participants, countries, agreements, bodies,
    sectors, channels: ctx.channels!, statements,
    country_mentions: ctx.countries!.map((c) => ({ code: c.code, start: c.start, end: c.end, text: c.text })),
    sector_mentions: ctx.sectorMentions!.map((s) => ({ sector: s.sector, start: s.start, end: s.end, text: s.text })),
  };
}

/** A French portfolio that continues a title: ", de la Migration et des Tunisiens à l'étranger", " chargé de l'Économie et des Finances". */
const FR_PORTFOLIO = /^(?:,\s+(?:et\s+)?|\s+(?:et\s+)?)(?:charg[ée]e?s?\s+)?(?:de la|du|des|de l['’]|d['’])\s*[^,.;\n]{1,90}/u;

/**
 * The whole written title of a person's mention: in French the portfolios that run on after the
 * role read for the person, and everything between a title and the name it introduces.
 */
function titleSpan(text: string, lang: string, m: { start: number; end: number; roleStart: number; roleEnd: number; via: string }): readonly [number, number] {
  if (lang !== 'fr') return [m.roleStart, m.roleEnd] as const;
  let end = m.roleEnd;
  if (m.via === 'title_before') {
    // A second title in apposition after the name ("son homologue tunisien, M. X, ministre des Affaires étrangères, de la Migration …").
    const appos = /^,\s+(?:(?:le|la|l['’])\s*)?(?:vice-)?(?:ministre|pr[ée]sident|premi(?:er|ère) ministre|secr[ée]taire|ambassad|chef|directeur|directrice)[^,.;\n]{0,120}/iu.exec(text.slice(m.end, m.end + 140));
    if (appos) end = m.end + appos[0].length;
    else if (m.start > end && m.start - end < 300 && !/[.;\n]/u.test(text.slice(end, m.start).replace(/(?:M|Mme|S\.E)\.(?=\s)/gu, ''))) return [m.roleStart, m.start] as const;
  }
  for (let k = 0; k < 6; k++) {
    const more = FR_PORTFOLIO.exec(text.slice(end, end + 120));
    if (!more) break;
    end += more[0].length;
  }
  return [m.roleStart, end] as const;
}

/**
 * Where an unlabelled headline ends: a plain-text readout whose first line is short, has no final
 * period and is followed by a blank line starts with its headline (how pages are copied as text).
 */
function headlineEnd(text: string): number {
  const m = /^([^\n]{3,200})\n[ \t]*\n\S/u.exec(text);
  return m && !/[.!?:;]\s*$/u.test(m[1]!) ? m[1]!.length : 0;
}

/** 1 = heads of state or government … 4 = officials (PRODUCT.md), from the highest-ranked participant. */
function engagementLevel(ranks: (string | null)[]): number | null {
  if (ranks.some((r) => r === 'head_of_state' || r === 'head_of_government')) return 1;
  if (ranks.includes('minister')) return 2;
  if (ranks.some((r) => r === 'deputy' || r === 'ambassador' || r === 'speaker')) return 3;
  return ranks.length ? 4 : null;
}

function documentSectors(mentions: { sector: Sector }[], fromAgreements: Sector[]): Sector[] {
  return [...new Set([...mentions.map((m) => m.sector), ...fromAgreements])];
}
