import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { findDates } from './dates.js';
import { findInstruments } from './instruments.js';
import { segment } from './segment.js';

const find = (t: string, lang: Language, titleEnd = 0) => findInstruments(t, lang, segment(t).sentences, findDates(t, lang, null), titleEnd);
const titles = (t: string, lang: Language) => find(t, lang).map((i) => i.title);

describe('findInstruments', () => {
  it('does not read a counted plural in a headline as a title', () => {
    const t = "Ghana's Mahama, Peru's Boluarte Sign Three Agreements in Accra\n\nThe two presidents met on Monday.";
    expect(find(t, 'en', t.indexOf('\n')).map((i) => i.title)).toEqual([]);
    expect(titles('The Leaders Welcomed 12 Memoranda and the Ghana–Peru Trade Agreements.', 'en')).toEqual(['Ghana–Peru Trade Agreements']);
  });
  it('reads a named plan with its years, a name that opens on a year, and not "a bilateral agreement" (en)', () => {
    expect(titles('The ministers reviewed the Chile-Peru Joint Action Plan 2025-2027 and the Roadmap 2030.', 'en')).toEqual(['Chile-Peru Joint Action Plan 2025-2027']);
    expect(titles('Under the 1994 Water Agreement, which expires in 2044, the city buys water.', 'en')).toEqual(['1994 Water Agreement']);
    expect(titles('The bridge was built under a bilateral agreement signed in 2018.', 'en')).toEqual([]);
    expect(titles('They signed a bilateral investment treaty.', 'en')).toEqual(['Bilateral investment treaty']);
  });
  it('ends a title before the universal instrument it is made under, and at a modal or a purpose clause (en)', () => {
    expect(titles('They signed an implementation arrangement on carbon markets under Article 6 of the Paris Agreement, following talks.', 'en'))
      .toEqual(['Implementation arrangement on carbon markets']);
    expect(titles('They agreed that the Agreement on Labour Mobility between Chile and Peru should be concluded soon.', 'en')).toEqual(['Agreement on Labour Mobility between Chile and Peru']);
    expect(titles('They will use the Free Trade Agreement between Chile and Peru to expand exports of fruit.', 'en')).toEqual(['Free Trade Agreement between Chile and Peru']);
    expect(titles('They signed the Protocol to the Agreement on Trade between Chile and Peru.', 'en')).toEqual(['Protocol to the Agreement on Trade between Chile and Peru']);
  });
  it('gives a cue between two Russian titles to the one it governs, and reads a step still ahead or a draft as no fact', () => {
    const t = 'Министры приветствовали вступление в силу Соглашения между Правительством Республики Армения и Правительством Республики Болгария о воздушном сообщении, а также ратификацию Соглашения о морском судоходстве между Республикой Армения и Республикой Болгария.';
    expect(find(t, 'ru').map((i) => i.status)).toEqual(['in_force', 'ratified']);
    const u = 'Стороны ждут завершения процедур, необходимых для вступления в силу подписанного в мае Соглашения о сотрудничестве в области культуры, спорта и туризма. Продолжена работа над проектом Соглашения о взаимной защите инвестиций.';
    expect(find(u, 'ru').map((i) => [i.title, i.status])).toEqual([
      ['Соглашение о сотрудничестве в области культуры, спорта и туризма', 'signed'], ['Соглашение о взаимной защите инвестиций', 'under_negotiation'],
    ]);
  });
  it('reads a title with a complement up to the end of the clause', () => {
    expect(titles('The ministers signed an agreement on cooperation in fisheries and aquaculture, which enters into force next year.', 'en'))
      .toEqual(['Agreement on cooperation in fisheries and aquaculture']);
  });
  it('splits a list in running text where a conjunction is followed by another head noun', () => {
    expect(titles('Подписаны Соглашение между Правительством Российской Федерации и Правительством Республики Индия о сотрудничестве в области туризма и Протокол о сотрудничестве в области здравоохранения.', 'ru'))
      .toEqual(['Соглашение между Правительством Российской Федерации и Правительством Республики Индия о сотрудничестве в области туризма', 'Протокол о сотрудничестве в области здравоохранения']);
    expect(titles('They signed the Agreement on Science and Technology Cooperation and the Memorandum of Understanding on Health Cooperation.', 'en'))
      .toEqual(['Agreement on Science and Technology Cooperation', 'Memorandum of Understanding on Health Cooperation']);
    expect(titles("Les ministres ont signé un accord sur la mobilité des jeunes et un mémorandum d'entente sur la coopération culturelle.", 'fr'))
      .toEqual(['Accord sur la mobilité des jeunes', "Mémorandum d'entente sur la coopération culturelle"]);
  });
  it('reads a programme named by its genitive complement and a French declaration of intent', () => {
    expect(titles('Подписана Программа сотрудничества в сфере культуры на 2025–2027 годы.', 'ru')).toEqual(['Программа сотрудничества в сфере культуры на 2025–2027 годы']);
    expect(titles("Ont été signés une déclaration d'intention sur la coopération spatiale.", 'fr')).toEqual(["Déclaration d'intention sur la coopération spatiale"]);
  });
  it('keeps the period a document covers in its title, but not the date it was signed', () => {
    expect(titles('Министры подписали План консультаций между министерствами иностранных дел двух стран на 2027–2029 годы.', 'ru'))
      .toEqual(['План консультаций между министерствами иностранных дел двух стран на 2027–2029 годы']);
    expect(titles('The sides adopted a Work Plan for the years 2026-2027 and signed the Agreement on Fisheries on 3 May 2026.', 'en'))
      .toEqual(['Work Plan for the years 2026-2027', 'Agreement on Fisheries']);
    expect(titles('Les ministres ont signé un programme de coopération culturelle pour la période 2026-2028.', 'fr'))
      .toEqual(['Programme de coopération culturelle pour la période 2026-2028']);
  });
  it('reads a plan as a document only with its genitive, and names it in the nominative', () => {
    expect(titles('Министры приступили к реализации Плана действий по развитию торговли.', 'ru')).toEqual(['План действий по развитию торговли']);
    expect(titles('Стороны обсудили план работы на следующий год.', 'ru')).toEqual([]);
    expect(titles('Ils ont signé le plan de consultations entre les deux ministères des Affaires étrangères.', 'fr')).toEqual(['Plan de consultations entre les deux ministères des Affaires étrangères']);
  });
  it('keeps a span of years right after a title, and a head inside a title is part of it', () => {
    expect(titles('Les ministres ont signé une feuille de route pour la coopération de défense 2026-2028.', 'fr')).toEqual(['Feuille de route pour la coopération de défense 2026-2028']);
    expect(titles('The following MoUs were exchanged:\n(i) MoU on Youth Exchange Programme;\n(ii) MoU on Sports.', 'en')).toEqual(['MoU on Youth Exchange Programme', 'MoU on Sports']);
  });
  it('ends an English title at "and" before a verb, and reads "will … the signing" as announced', () => {
    expect(titles('The leaders signed a Joint Declaration on Enhanced Maritime Cooperation and agreed to meet annually.', 'en')).toEqual(['Joint Declaration on Enhanced Maritime Cooperation']);
    expect(find('The visit will culminate in the signing of a Memorandum of Understanding on Health.', 'en').map((i) => i.status)).toEqual(['announced']);
  });
  it('reads the protocol of a numbered session as a title', () => {
    expect(titles('По итогам подписан Протокол 12-го заседания Межправительственной комиссии.', 'ru')).toEqual(['Протокол 12-го заседания Межправительственной комиссии']);
  });
  it('reads French "relatif à" as a complement and counts a head by its noun, not its last word', () => {
    expect(titles('Ils ont procédé à un échange de lettres relatif à la coopération militaire.', 'fr')).toEqual(['Échange de lettres relatif à la coopération militaire']);
    expect(titles('Les parties ont signé des accords sectoriels.', 'fr')).toEqual([]);
  });
  it('keeps the lower-case words that name an English document type, when the text signs or negotiates it', () => {
    const withCountries = (t: string) => findInstruments(t, 'en', segment(t).sentences, findDates(t, 'en', null), 0, [], findCountryMentions(t, 'en')).map((i) => [i.title, i.status]);
    expect(withCountries('Chile and Korea signed a free trade agreement and an extradition treaty.'))
      .toEqual([['Free trade agreement', 'signed'], ['Extradition treaty', 'signed']]);
    expect(withCountries('The leaders welcomed the conclusion of negotiations on a comprehensive economic partnership agreement between Chile and Korea.'))
      .toEqual([['Comprehensive economic partnership agreement between Chile and Korea', 'announced']]);
    expect(withCountries('Chile and Korea discussed a possible trade agreement.')).toEqual([]);
    expect(withCountries('Chile and Korea signed a new agreement and the following agreements were signed.')).toEqual([]);
  });
  it('keeps "and the Government of …" inside a title, but ends it at "and the" before a lower-case word', () => {
    expect(titles('They signed a Memorandum of Understanding on Health between the Government of Chile and the Government of Peru.', 'en'))
      .toEqual(['Memorandum of Understanding on Health between the Government of Chile and the Government of Peru']);
    expect(titles('They signed an agreement on fisheries and the ministers discussed trade.', 'en')).toEqual(['Agreement on fisheries']);
  });
  it('drops a conjunction a stop leaves at the end of a title, and reads the protocol of a session', () => {
    expect(titles("Ils ont salué l'accord de financement pour la transition énergétique et sont convenus de poursuivre.", 'fr')).toEqual(['Accord de financement pour la transition énergétique']);
    expect(titles('По итогам подписан Протокол пятого заседания комиссии.', 'ru')).toEqual(['Протокол пятого заседания комиссии']);
  });
  it('reads capitalised modifiers before the head', () => {
    expect(titles('The U.S.-Ghana Shipping Agreement was signed in Accra.', 'en')).toEqual(['U.S.-Ghana Shipping Agreement']);
  });
  it('keeps commas inside a title-cased enumeration', () => {
    expect(titles('They signed a Memorandum of Understanding on Science, Technology, and Innovation Cooperation; talks followed.', 'en'))
      .toEqual(['Memorandum of Understanding on Science, Technology, and Innovation Cooperation']);
  });
  it('reads every item of a numbered or lettered list', () => {
    const t = 'The following documents were signed: (a) a protocol on consular matters; (b) a programme of cultural exchanges for 2025-2027.';
    expect(titles(t, 'en')).toEqual(['Protocol on consular matters', 'Programme of cultural exchanges for 2025-2027']);
  });
  it('skips anaphora, plurals and universal instruments', () => {
    expect(titles('The agreement includes several provisions. Both are parties to the Paris Agreement. Many agreements exist.', 'en')).toEqual([]);
  });
  it('brings Russian titles to the nominative and drops generic party phrases', () => {
    expect(titles('Стороны обсудили реализацию Договора о дружбе и сотрудничестве между нашими странами, подписанного в 2001 году.', 'ru'))
      .toEqual(['Договор о дружбе и сотрудничестве']);
  });
  it('takes whole lines of an unnumbered Russian list', () => {
    const t = 'Подписаны документы:\nМеморандумом о взаимопонимании между Министерством культуры Российской Федерации и Министерством культуры Республики Куба\nСоглашение о сотрудничестве в области образования, науки и спорта';
    expect(titles(t, 'ru')).toEqual([
      'Меморандум о взаимопонимании между Министерством культуры Российской Федерации и Министерством культуры Республики Куба',
      'Соглашение о сотрудничестве в области образования, науки и спорта',
    ]);
  });
  it('reads French titles and splits "ainsi que"', () => {
    expect(titles("Les ministres ont signé une convention d'entraide judiciaire en matière pénale ainsi qu'un accord de coopération culturelle.", 'fr'))
      .toEqual(["Convention d'entraide judiciaire en matière pénale", 'Accord de coopération culturelle']);
  });
  it('reads the status from the verbs around the title', () => {
    const st = (t: string, lang: Language) => find(t, lang).map((i) => i.status);
    expect(st('The Treaty on Maritime Boundaries entered into force on 1 May 2020.', 'en')).toEqual(['in_force']);
    expect(st('Negotiations continue on an agreement on visa-free travel.', 'en')).toEqual(['under_negotiation']);
    expect(st("Le traité d'amitié et de coopération a été ratifié par le Parlement.", 'fr')).toEqual(['ratified']);
    expect(st('Будет подписано Соглашение о взаимной защите инвестиций.', 'ru')).toEqual(['announced']);
  });
  it('ends a running-text title at a comma and reads "with X on Y"', () => {
    const t = 'They signed an agreement on visa-free travel for diplomats, and the agency signed a memorandum of understanding with the Ministry of Energy on solar power.';
    expect(titles(t, 'en')).toEqual(['Agreement on visa-free travel for diplomats', 'Memorandum of understanding with the Ministry of Energy on solar power']);
  });
  it('reads an amendment and a session\'s minutes as documents, and stops a title at "ainsi que"', () => {
    expect(titles("Les ministres ont signé l'avenant n° 3 à la convention de coopération culturelle.", 'fr'))
      .toEqual(["Avenant n° 3 à la convention de coopération culturelle"]);
    expect(titles('Les deux ministres ont signé son procès-verbal et deux accords.', 'fr')).toEqual(['Procès-verbal']);
    expect(titles("Ils ont signé le procès-verbal de la réunion ainsi que deux accords.", 'fr')).toEqual(['Procès-verbal de la réunion']);
  });
  it('reads a French signing still ahead as announced, and an entry into force still ahead as not in force', () => {
    const st = (t: string) => find(t, 'fr').map((i) => i.status);
    expect(st("Un accord sur la suppression des visas, finalisé durant la session, sera signé ultérieurement.")).toEqual(['announced']);
    expect(st("À cette occasion devrait être signé un accord de coopération dans le domaine du sport.")).toEqual(['announced']);
    expect(st("Le traité d'amitié entre la République A et la République B, signé en 2024, a été ratifié ; un comité sera installé dès l'entrée en vigueur du traité.")).toEqual(['ratified']);
    expect(st("Ils ont salué l'entrée en vigueur, en mai, de la convention d'entraide judiciaire.")).toEqual(['in_force']);
  });
});
