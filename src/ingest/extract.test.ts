import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../contracts/index.js';
import { extract } from './extract.js';

/**
 * End to end over real readouts: the seed report and documents of fixtures/corpus (sources and
 * licences in each file: kremlin.ru CC BY 4.0, state.gov public domain, vie-publique.fr Licence
 * Ouverte 2.0). Assertions are on what a reader would check: who took part, which documents, when.
 */

interface CorpusDoc { language: 'en' | 'fr' | 'ru'; title: string | null; text: string; published: string | null; reference_date?: string }
const corpus = (n: string): CorpusDoc => JSON.parse(readFileSync(new URL(`../../fixtures/corpus/${n}.json`, import.meta.url), 'utf8'));
const run = (d: CorpusDoc) => extract(d.title ? `${d.title}\n\n${d.text}` : d.text, { language: d.language, referenceDate: d.published ?? d.reference_date ?? null, title: d.title });
const seed = readFileSync(new URL('../../fixtures/seed/putin-goita.txt', import.meta.url), 'utf8');

describe('extract: the reference report', () => {
  const x = extract(seed, { language: 'en', referenceDate: '2025-06-24' });

  it('is a valid extraction whose evidence points into the text', () => {
    expect(() => ExtractionSchema.parse(x)).not.toThrow();
    for (const item of [...x.engagements, ...x.participants, ...x.agreements]) {
      for (const e of item.evidence) expect(seed.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('finds the official visit in Moscow on 23 June and the 2023 summit in Saint Petersburg', () => {
    expect(x.engagements.map((e) => [e.type, e.date, e.place, e.format])).toEqual([
      ['official_visit', '2025-06-23', 'Moscow', 'expanded'],
      ['summit', '2023', 'Saint Petersburg', null],
    ]);
    expect([...x.engagements[0]!.countries].sort()).toEqual(['ML', 'RU']);
  });
  it('names both presidents with their countries', () => {
    expect(x.participants.map((p) => [p.name, p.country])).toEqual([['Vladimir Putin', 'RU'], ['Assimi Goïta', 'ML']]);
    expect(x.participants[1]!.role).toMatch(/Interim President/);
  });
  it('lists the three agreements as written, with levels, parties and status', () => {
    expect(x.agreements.map((a) => [a.title.split(' ').slice(0, 5).join(' '), a.level, [...a.parties].sort(), a.status])).toEqual([
      ['Agreement on the fundamentals of', 'interstate', ['ML', 'RU'], 'signed'],
      ['Agreement between the Government of', 'intergovernmental', ['ML', 'RU'], 'signed'],
      ['Agreement between the Government of', 'intergovernmental', ['ML', 'RU'], 'signed'],
    ]);
    expect(x.agreements[1]!.title).toMatch(/Commission for Trade, Economic, Scientific, and Technical Cooperation$/);
    expect(x.agreements[2]!.title).toMatch(/peaceful use of nuclear energy$/);
    expect(x.agreements[2]!.sectors).toEqual(['nuclear_energy']);
  });
  it('records the commission, the sectors, the channels and the trade remark', () => {
    expect(x.bodies.map((b) => [b.kind, b.established_by === x.agreements[1]!.title])).toEqual([['intergovernmental_commission', true]]);
    expect([...x.sectors].sort()).toEqual(['culture', 'energy', 'geology_mining', 'humanitarian', 'nuclear_energy', 'science_technology', 'security_defence', 'sport', 'trade', 'transport_logistics']);
    expect(x.channels).toEqual(expect.arrayContaining(['head_of_state', 'intergovernmental', 'parliamentary', 'foreign_ministers']));
    expect(x.statements.map((s) => [s.topic, s.trend])).toEqual([['trade', 'mixed']]);
  });
  it('keeps the visit date partial without a reference date', () => {
    expect(extract(seed, { language: 'en', referenceDate: null }).engagements[0]!.date).toBe('--06-23');
  });
});

describe('extract: corpus readouts', () => {
  it('Kremlin talks with a state visit: the Sultan in the nominative, both formats, the joint statement', () => {
    const x = run(corpus('01'));
    expect(x.engagements.map((e) => [e.type, e.date, e.place, e.format])).toEqual([['state_visit', '2025-04-22', 'Moscow', 'both']]);
    expect(x.participants.map((p) => [p.name, p.country])).toEqual([['Владимир Путин', 'RU'], ['Хейсам Бен Тарек Аль Саид', 'OM']]);
    expect(x.agreements.map((a) => a.title)).toEqual(['Совместное заявление', 'Соглашение об установлении дипломатических отношений']);
  });
  it('a notice of entry into force: no engagement, one agreement in force', () => {
    const x = run(corpus('02'));
    expect(x.engagements).toEqual([]);
    expect(x.agreements.map((a) => [a.status, a.level])).toEqual([['in_force', 'intergovernmental']]);
    expect(x.sectors).toEqual(['transport_logistics']);
  });
  it('a French phone call: only the named president is a participant', () => {
    const x = run(corpus('04'));
    expect(x.engagements.map((e) => [e.type, e.date, e.place])).toEqual([['phone_call', '2020-09-22', null]]);
    expect(x.participants.map((p) => [p.name, p.country])).toEqual([['Recep Tayyip Erdogan', 'TR']]);
    expect([...x.countries].sort()).toEqual(['FR', 'TR']);
  });
  it('a working group session: delegation heads with their countries, the letter of agreement', () => {
    const x = run(corpus('05'));
    expect(x.engagements.map((e) => [e.type, e.date, e.end_date, e.place])).toEqual([['commission_session', '2022-07-07', '2022-07-08', 'New Delhi']]);
    expect(x.participants.map((p) => [p.name, p.country])).toEqual([['Satya Narayan Pradhan', 'IN'], ['Kemp Chester', 'US']]);
    expect(x.agreements[0]!.title).toMatch(/^Amended Letter of Agreement \(ALOA\)/);
  });
  it('a Kremlin list of signed documents: six titles, levels from the parties', () => {
    const x = run(corpus('09'));
    expect(x.agreements.map((a) => a.level)).toEqual(['intergovernmental', 'intergovernmental', 'interagency', 'interagency', 'interagency', 'interagency']);
    expect(x.agreements[2]!.title).toMatch(/^Программа стратегического партнерства Министерства обороны/);
    expect(x.participants.map((p) => p.name)).toEqual(['Владимир Путин', 'Эмомали Рахмон']);
  });
  it('a multilateral signing: every signatory is a party, honorifics stripped', () => {
    const x = run(corpus('12'));
    expect(x.agreements.map((a) => [a.title, a.level, a.parties.length])).toEqual([['Artemis Accords', 'other', 21]]);
    expect(x.participants.map((p) => p.name)).toContain('Reema bint Bandar bin Sultan bin Abdulaziz Al Saud');
  });
  it('a Kremlin call that recalls an earlier visit and the treaty signed during it', () => {
    const x = run(corpus('13'));
    expect(x.engagements.map((e) => [e.type, e.date])).toEqual([['phone_call', '2025-05-06'], ['official_visit', '2025-01-17']]);
    expect(x.agreements.map((a) => [a.title, a.level])).toEqual([['Договор о всеобъемлющем стратегическом партнёрстве', 'interstate']]);
  });
  it('a joint statement does not list itself', () => {
    expect(run(corpus('14')).agreements).toEqual([]);
  });
});

describe('extract: text as published', () => {
  it('reads names across no-break spaces and keeps offsets into the original text', () => {
    const t = 'Secretary of State Jane\u202fRoe met today with Kenyan Foreign Minister Amina\u00a0Odhiambo in Washington.';
    const x = extract(t, { language: 'en', referenceDate: '2024-05-02' });
    expect(x.participants.map((p) => [p.name, p.country])).toEqual([['Jane Roe', 'US'], ['Amina Odhiambo', 'KE']]);
    expect(x.participants[0]!.evidence[0]!.text).toBe('Jane\u202fRoe');
    expect(x.engagements.map((e) => [e.type, e.date, e.place])).toEqual([['ministerial_meeting', '2024-05-02', 'Washington']]);
  });
  it('dates the reported engagement by the publication day when the text names none, but not a recalled one', () => {
    const t = 'Встреча с Премьер-министром Вьетнама\n\nВ Кремле состоялась встреча Владимира Путина с Премьер-министром Вьетнама Фам Минь Тьинем.';
    expect(extract(t, { language: 'ru', referenceDate: '2025-01-14', publishedOn: '2025-01-14' }).engagements.map((e) => e.date)).toEqual(['2025-01-14']);
    // The day a report is merely taken in says nothing of when the meeting was held.
    expect(extract(t, { language: 'ru', referenceDate: '2025-01-14' }).engagements.map((e) => e.date)).toEqual([null]);
    const e = 'The President held talks last week in Geneva with the President of Kenya. The statement was issued by the White House.';
    expect(extract(e, { language: 'en', referenceDate: '2025-01-14', publishedOn: '2025-01-14' }).engagements.map((x) => x.date)).toEqual([null]);
  });
  it('lists a treaty between the sides that they reaffirm', () => {
    const t = 'The Secretary met today in Washington with the Foreign Minister of Japan. They reaffirmed the Treaty of Mutual Cooperation and Security and the Mutual Defense Treaty.';
    expect(extract(t, { language: 'en', referenceDate: '2025-01-14' }).agreements.map((a) => [a.title, a.status])).toContainEqual(['Mutual Defense Treaty', 'signed']);
  });
  it('reads an unlabelled first line followed by a blank line as the headline', () => {
    const t = 'Переговоры с Президентом Вьетнама\n\n20 июня 2024 года в Кремле состоялись переговоры. Владимир Путин провёл переговоры с Президентом Вьетнама То Ламом, прибывшим в Россию с официальным визитом.';
    expect(extract(t, { language: 'ru', referenceDate: '2024-06-20' }).engagements.map((e) => e.type)).toEqual(['official_visit']);
  });
  it('does not read the portfolios of a French title as areas of cooperation', () => {
    const t = "Le ministre des Affaires étrangères, M. Paul Roux, a reçu ce lundi à Dakar son homologue malien, M. Ali Keita, ministre des Affaires étrangères, de la Migration et des Maliens de l'extérieur. Il a aussi rencontré M. Jean Sow, ministre d'État chargé de l'Économie et des Finances. Les ministres ont parlé de la santé.";
    expect(extract(t, { language: 'fr', referenceDate: '2025-03-10' }).sectors).toEqual(['health']);
  });
});
