import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import type { Rank } from '../lexicon/types.js';
import { findCountryMentions } from './countries.js';
import { findDates } from './dates.js';
import { findEngagements } from './engagements.js';
import { findPeople } from './people.js';
import { findPlaceMentions } from './places.js';
import { segment } from './segment.js';

function run(text: string, lang: Language, ref: string | null, titleEnd = 0, ranks: Rank[] = ['head_of_state']) {
  return findEngagements({
    text, lang, sentences: segment(text).sentences, dates: findDates(text, lang, ref),
    places: findPlaceMentions(text, lang, findCountryMentions(text, lang)), titleEnd, principalRanks: ranks, referenceDate: ref,
  }).map((e) => [e.type, e.date?.value ?? e.inheritedMonth, e.place?.city ?? null, e.format]);
}

describe('findEngagements', () => {
  it('takes the visit type from a later sentence that says where the guest is staying, not from a planned visit', () => {
    expect(run('On 9 May talks were held in Ankara. The leaders discussed trade. They also discussed energy. President Tokayev is in Türkiye on a state visit.', 'en', '2024-05-10'))
      .toEqual([['state_visit', '2024-05-09', 'Ankara', null]]);
    expect(run("Le 9 mai, les entretiens se sont tenus à Dakar. Les ministres ont évoqué l'énergie. M. Ruto se trouve au Sénégal pour une visite officielle.", 'fr', '2024-05-10'))
      .toEqual([['official_visit', '2024-05-09', 'Dakar', null]]);
    expect(run('9 мая в Минске прошли переговоры. Стороны обсудили торговлю. Гость находится в Белоруссии с рабочим визитом.', 'ru', '2024-05-10'))
      .toEqual([['working_visit', '2024-05-09', 'Minsk', null]]);
    expect(run('On 9 May talks were held in Ankara. The leaders discussed trade. They also discussed energy. President Tokayev is expected in Türkiye on a state visit next year.', 'en', '2024-05-10'))
      .toEqual([['talks', '2024-05-09', 'Ankara', null]]);
  });
  it('lists earlier talks the text recalls with their own day and place, and not talks without them', () => {
    expect(run('On 9 May the ministers met in Hanoi. They reviewed the agreements reached during the talks in Canberra on 14 March 2024.', 'en', '2024-05-10', 0, ['minister']))
      .toEqual([['ministerial_meeting', '2024-05-09', 'Hanoi', null], ['talks', '2024-03-14', 'Canberra', null]]);
    expect(run("Le 9 mai, les ministres se sont réunis à Hanoï. Ils ont fait le point des engagements pris lors des entretiens de Canberra du 14 mars 2024.", 'fr', '2024-05-10', 0, ['minister']).length).toBe(2);
    expect(run('9 мая министры встретились в Ханое. Они обсудили выполнение договорённостей, достигнутых в ходе переговоров в Канберре 14 марта 2024 года.', 'ru', '2024-05-10', 0, ['minister']))
      .toEqual([['ministerial_meeting', '2024-05-09', 'Hanoi', null], ['talks', '2024-03-14', 'Canberra', null]]);
    expect(run('On 9 May the ministers met in Hanoi. They hope the talks will continue.', 'en', '2024-05-10', 0, ['minister'])).toHaveLength(1);
  });
  it('reads a session of an "Inter-Governmental Commission" and dates it from the body when the headline has no date', () => {
    expect(run('Session of the Joint Commission\n\nThe 3rd session of the Chile–Peru Inter-Governmental Commission was held in Lima on 4 June 2024.', 'en', '2025-01-10', 31))
      .toEqual([['commission_session', '2024-06-04', 'Lima', null]]);
  });
  it('reads standing mechanisms: a bi-national commission, a numbered session, a senior officials\' meeting, a round of consultations (en)', () => {
    expect(run('On 4 June 2025 the ministers co-chaired the Ministerial Session of the 2nd Chile–Peru Bi-National Commission in Lima.', 'en', '2025-06-05', 0, ['minister']))
      .toEqual([['commission_session', '2025-06-04', 'Lima', null]]);
    expect(run('On 4 June 2025 the ministers met in Lima. They reviewed the decisions of the 3rd Session of the JPC, held in Quito on 2 May 2023.', 'en', '2025-06-05', 0, ['minister']))
      .toEqual([['ministerial_meeting', '2025-06-04', 'Lima', null], ['commission_session', '2023-05-02', 'Quito', null]]);
    expect(run('On 4 June 2025 the deputy ministers held the fourth round of political consultations in Lima.', 'en', '2025-06-05', 0, ['minister']))
      .toEqual([['commission_session', '2025-06-04', 'Lima', null]]);
    expect(run('On 4 June 2025 the 81st Session of the United Nations General Assembly opened in New York.', 'en', '2025-06-05')[0]![0]).toBe('summit');
  });
  it('reads APEC\'s "Economic Leaders\' Meeting" as a summit, and earlier talks that a clause opening on "since" dates to a month', () => {
    const t = 'The Prime Minister spoke by phone with the President today. They recalled their meeting at the APEC Economic Leaders\' Meeting in Lima in November 2024.';
    expect(run(t, 'en', '2025-03-11')).toEqual([['phone_call', '2025-03-11', null, null], ['summit', '2024-11', 'Lima', null]]);
    const s = 'On 10 March 2025 the ministers met in Lima. Since President Ana Ruiz and Prime Minister Jon Berg held talks in Oslo in May 2024, trade has grown.';
    expect(run(s, 'en', '2025-03-11', 0, ['minister'])).toEqual([['ministerial_meeting', '2025-03-10', 'Lima', null], ['talks', '2024-05', 'Oslo', null]]);
  });
  it('takes the reported meeting from the headline\'s "hosts", not from a summit the text recalls', () => {
    const t = 'President hosts Chilean Speaker\n\nNairobi, Tuesday, March 4, 2025\n\nThe President has called for closer ties. He said ties had grown since the Africa Summit held in Seoul in June 2024.';
    expect(run(t, 'en', '2025-03-04', t.indexOf('\n'))).toEqual([['talks', '2025-03-04', 'Nairobi', null], ['summit', '2024-06', 'Seoul', null]]);
  });
  it('adds another meeting that a sentence puts on the same day, but not the talks a signing follows (en, fr)', () => {
    const t = 'On 4 June 2025 the two deputy ministers held political consultations in Lima. On the same day, Foreign Minister Ana Ruiz met with the visiting deputy minister. After the talks, the sides signed a plan.';
    expect(run(t, 'en', '2025-06-05', 0, ['minister'])).toEqual([['commission_session', '2025-06-04', 'Lima', null], ['ministerial_meeting', '2025-06-04', null, null]]);
    const f = "Le 4 juin 2025, les ministres se sont entretenus à Lima. Le même jour, le Président de la République a reçu le ministre en audience.";
    expect(run(f, 'fr', '2025-06-05', 0, ['minister']).map((e) => e[0])).toEqual(['ministerial_meeting', 'talks']);
  });
  it('adds a meeting the sentence puts "on the same day" at its end, and reads "U.S.-" inside a clause as no full stop', () => {
    const t = 'On 4 June 2025 the ministers met in Lima. The ministers also held a trilateral meeting with the Foreign Minister of Ecuador on the same day.';
    expect(run(t, 'en', '2025-06-05', 0, ['minister'])).toEqual([['ministerial_meeting', '2025-06-04', 'Lima', null], ['ministerial_meeting', '2025-06-04', null, null]]);
    const u = 'The Secretary spoke by phone with the Foreign Minister yesterday. They discussed the upcoming U.S.-Peru Strategic Dialogue, which Peru will host in Lima in the fall.';
    expect(run(u, 'en', '2025-06-05', 0, ['minister'])).toEqual([['phone_call', '2025-06-04', null, null]]);
  });
  it('does not add the headline\'s "summit" when it is the reported meeting, and lists talks a speaker remembers', () => {
    const t = 'Chile and Peru agree to deepen ties at Lima summit\n\nLIMA (AP) — The presidents of Chile and Peru agreed on Saturday, 4 June 2025, during a working visit to Lima, to expand trade.';
    expect(run(t, 'en', '2025-06-04', t.indexOf('\n')).map((e) => e[0])).toEqual(['working_visit']);
    const r = 'On 4 June 2025 the President held talks in Lima. He said: I remember well our talks in Quito in May 2023.';
    expect(run(r, 'en', '2025-06-05')).toEqual([['talks', '2025-06-04', 'Lima', null], ['talks', '2023-05', 'Quito', null]]);
  });
  it('reads earlier sessions of a committee and of a commission named before "заседание которой", and not a session planned in a later year', () => {
    const t = '12 мая в Минске прошли переговоры. Стороны отметили итоги 9-го заседания Межправительственного белорусско-венгерского комитета по экономическому и научно-техническому сотрудничеству, состоявшегося в Будапеште в марте. Высоко оценена работа Совместной комиссии по образованию, последнее заседание которой состоялось в Гродно в октябре 2023 года. Очередное заседание Межправительственной белорусско-венгерской комиссии по экономическому сотрудничеству стороны договорились провести в 2026 году в Дебрецене.';
    expect(run(t, 'ru', '2025-05-12')).toEqual([['talks', '2025-05-12', 'Minsk', null], ['commission_session', '2025-03', 'Budapest', null], ['commission_session', '2023-10', 'Grodno', null]]);
  });
  it('lists a reception "the same day" as a meeting of its own, talks with a president and ministerial with a minister', () => {
    const t = '14 мая в Баку состоялось заседание межправительственной комиссии. В тот же день сопредседатель был принят Президентом Азербайджана. В тот же день делегация была принята министром экономики.';
    expect(run(t, 'ru', '2025-05-14', 0, ['deputy'])).toEqual([['commission_session', '2025-05-14', 'Baku', null], ['talks', '2025-05-14', null, null], ['ministerial_meeting', '2025-05-14', null, null]]);
  });
  it('lists an earlier meeting recalled with a month and a place ("предыдущая встреча … в августе прошлого года")', () => {
    const t = '3 июня в Ханое прошли переговоры глав правительств. Наша предыдущая встреча состоялась в Москве в августе прошлого года, напомнил премьер-министр.';
    expect(run(t, 'ru', '2025-06-03', 0, ['head_of_government'])).toEqual([['talks', '2025-06-03', 'Hanoi', null], ['talks', '2024-08', 'Moscow', null]]);
    const m = '3 июня в Ханое прошли переговоры. Предыдущая встреча министров состоялась в Москве в августе прошлого года.';
    expect(run(m, 'ru', '2025-06-03', 0, ['head_of_government', 'minister'])[1]).toEqual(['ministerial_meeting', '2024-08', 'Moscow', null]);
  });
  it('keeps an earlier visit recalled after a planned event, across "…, а также …, достигнутых в ходе"', () => {
    const t = '5 марта в Ташкенте прошли переговоры. Обсуждена подготовка заседания совета, которое планируется провести весной в Самарканде, а также реализация договорённостей, достигнутых в ходе государственного визита Президента Узбекистана в Казахстан в сентябре 2024 года.';
    expect(run(t, 'ru', '2025-03-05')).toEqual([['talks', '2025-03-05', 'Tashkent', null], ['state_visit', '2024-09', null, null]]);
  });
  it('decides between talks and a ministerial meeting by the people of the headline and the lead, not a leader recalled further on', () => {
    const t = 'Консультации МИД\n\n4 марта в Анкаре прошли консультации. Делегации возглавили заместители министров. Стороны обсудили торговлю. Стороны обсудили инвестиции. Они вспомнили визит Президента в ноябре.';
    const sentences = segment(t).sentences;
    const e = findEngagements({
      text: t, lang: 'ru', sentences, dates: findDates(t, 'ru', '2025-03-04'), places: findPlaceMentions(t, 'ru', findCountryMentions(t, 'ru')),
      titleEnd: t.indexOf('\n'), principalRanks: ['deputy', 'head_of_state'], principalStarts: [t.indexOf('заместители'), t.indexOf('Президента')],
    });
    expect(e[0]!.type).toBe('ministerial_meeting');
  });
  it('reads an earlier session of an inter-parliamentary commission', () => {
    const t = '10 июня в Москве прошли переговоры. Ранее, 12 мая 2024 года, в Ереване состоялось заседание Межпарламентской комиссии по сотрудничеству.';
    expect(run(t, 'ru', '2025-06-10')).toEqual([['talks', '2025-06-10', 'Moscow', null], ['commission_session', '2024-05-12', 'Yerevan', null]]);
  });
  it('reads two leaders\' "summit meeting" as talks, not as a summit', () => {
    expect(run('On 10 March the two leaders held a summit meeting in Tokyo.', 'en', '2025-03-11')).toEqual([['talks', '2025-03-10', 'Tokyo', null]]);
    expect(run('On 10 March the leaders attended the East Asia Summit in Kuala Lumpur.', 'en', '2025-03-11')).toEqual([['summit', '2025-03-10', 'Kuala Lumpur', null]]);
  });
  it('lets a named visit win over talks and reads the format', () => {
    const t = 'On 3 April the President held talks in the Kremlin with the King of Jordan, who is in Russia on a state visit. The talks continued in an expanded format.';
    expect(run(t, 'en', '2024-04-05')).toEqual([['state_visit', '2024-04-03', 'Moscow', 'expanded']]);
  });
  it('reads a call from the headline and its date from the dateline, with no place', () => {
    const t = 'Телефонный разговор с Президентом Казахстана\n\n12 марта 2024 года\n\nСостоялся телефонный разговор в Кремле.';
    expect(run(t, 'ru', '2024-03-12', t.indexOf('\n'))).toEqual([['phone_call', '2024-03-12', null, null]]);
  });
  it('calls a meeting of ministers a ministerial meeting, and talks between leaders talks', () => {
    expect(run('The Foreign Minister met today with her counterpart in Oslo.', 'en', '2023-02-01', 0, ['minister'])[0]).toEqual(['ministerial_meeting', '2023-02-01', 'Oslo', null]);
    expect(run("Le président de la République s'est entretenu ce jour avec le Premier ministre.", 'fr', '2023-02-01')[0]![0]).toBe('talks');
  });
  it('adds an earlier summit named with its place and year, not a future one', () => {
    const t = 'The leaders met in Paris on May 2. They recalled the summit in Sochi in 2019 and will hold the next summit in 2026.';
    expect(run(t, 'en', '2024-05-03')).toEqual([['talks', '2024-05-02', 'Paris', null], ['summit', '2019', 'Sochi', null]]);
  });
  it('reads a session of a standing mechanism and leaves its format out', () => {
    const t = 'The Joint Commission on Trade held its fifth session in Dakar, Senegal on 4-5 October 2022 in an expanded format.';
    expect(run(t, 'en', null)).toEqual([['commission_session', '2022-10-04', 'Dakar', null]]);
  });
  it('reads narrow talks continued with the delegations as both formats', () => {
    const t = 'В Кремле прошли переговоры с Президентом Вьетнама. Беседа началась в узком составе и продолжилась с участием членов делегаций.';
    expect(run(t, 'ru', '2024-06-20')[0]![3]).toBe('both');
    expect(run('The talks began tête-à-tête and continued with the participation of delegations.', 'en', '2024-06-20')[0]![3]).toBe('both');
    expect(run("Les deux présidents se sont entretenus en tête-à-tête, puis avec leurs délégations.", 'fr', '2024-06-20')[0]![3]).toBe('both');
  });
  it('takes the visit type from anywhere in the lead, unless the visit is dated or recalled', () => {
    const t = 'Переговоры с Президентом Индонезии\n\nВ Кремле состоялись переговоры. Владимир Путин провёл переговоры с Президентом Индонезии, находящимся в России с государственным визитом.';
    expect(run(t, 'ru', '2025-06-20', t.indexOf('\n'))[0]![0]).toBe('state_visit');
    const e = 'Meeting with the Foreign Minister of Chile\n\nThe Secretary met today in Washington with the Foreign Minister of Chile. They recalled the official visit to Santiago and discussed trade.';
    expect(run(e, 'en', '2025-06-20', e.indexOf('\n'), ['minister'])[0]![0]).toBe('ministerial_meeting');
    const f = "Entretien avec le Premier ministre du Japon\n\nLe Premier ministre s'est entretenu à Matignon avec son homologue. Il était en visite officielle en France depuis le 3 mai.";
    expect(run(f, 'fr', '2025-06-20', f.indexOf('\n'))[0]![0]).toBe('talks');
  });
  it('reads a signing the lead reports as an engagement, but not an earlier signing cited further on', () => {
    const t = 'The United States and Peru signed a Memorandum of Understanding on Energy Cooperation today in Lima.';
    expect(run(t, 'en', '2025-02-03')).toEqual([['other', '2025-02-03', 'Lima', null]]);
    expect(run("La France et le Ghana ont signé un accord de coopération à Accra le 4 mai.", 'fr', '2025-05-06')[0]![0]).toBe('other');
    const old = 'The Open Skies agreement is now in force. It replaces the text of 1990. The two governments signed the agreement in Washington in 2018.';
    expect(run(old, 'en', '2025-02-03')).toEqual([]);
  });
  it('adds an earlier visit of unnamed type when it has a date of its own, not the visit being reported', () => {
    const t = 'Состоялся телефонный разговор с Президентом Узбекистана. В развитие договорённостей, достигнутых в ходе визита в Ташкент в мае, обсуждены вопросы торговли.';
    expect(run(t, 'ru', '2025-03-10')).toEqual([['phone_call', null, null, null], ['talks', '2024-05', 'Tashkent', null]]);
    const now = 'В Кремле прошли переговоры с Президентом Узбекистана. Сегодня этот визит проходит в Москве.';
    expect(run(now, 'ru', '2025-03-10')).toHaveLength(1);
  });
  it('leaves out a visit the text announces', () => {
    expect(run('Премьер-министр Индии посетит Россию с официальным визитом 8–9 июля.', 'ru', '2025-06-20')).toEqual([]);
    expect(run("Le Président de la République se rendra en visite d'État au Maroc du 28 au 30 octobre.", 'fr', '2025-06-20')).toEqual([]);
  });
  it('reads a press statement after talks as the talks, not as a recalled engagement', () => {
    const t = 'Заявления для прессы по итогам российско-лаосских переговоров\n\nУважаемый господин Президент! Переговоры прошли в дружественной атмосфере.';
    const x = findEngagements({ text: t, lang: 'ru', sentences: segment(t).sentences, dates: [], places: [], titleEnd: t.indexOf('\n'), principalRanks: ['head_of_state'], referenceDate: '2025-06-20', publishedOn: '2025-06-20' });
    expect(x.map((e) => [e.type, e.implicitDay])).toEqual([['talks', '2025-06-20']]);
  });
  it('dates a reported meeting by its publication day only, never by the day it was taken in', () => {
    const t = 'Переговоры с Президентом Лаоса\n\nВ Кремле состоялись российско-лаосские переговоры.';
    const base = { text: t, lang: 'ru' as const, sentences: segment(t).sentences, dates: [], places: [], titleEnd: t.indexOf('\n'), principalRanks: ['head_of_state' as const] };
    expect(findEngagements({ ...base, referenceDate: '2025-06-20' }).map((e) => e.implicitDay)).toEqual([null]);
    expect(findEngagements({ ...base, referenceDate: '2025-06-20', publishedOn: '2025-06-19' }).map((e) => e.implicitDay)).toEqual(['2025-06-19']);
  });
  it('reports nothing for a notice without an interaction', () => {
    expect(run('The agreement entered into force on 1 March.', 'en', '2024-03-02')).toEqual([]);
  });
  it('leaves out a visit announced in a headline infinitive or by "will" across an insert', () => {
    const t = 'Prime Minister Rao to undertake Official Visit to Chile\n\nPrime Minister Rao will, from 4 to 6 May 2025, undertake an Official Visit to Chile. The trip follows the 3rd session of the India–Chile Joint Business Council, held in Santiago on 2 March 2024.';
    expect(run(t, 'en', '2025-04-20', t.indexOf('\n')))
      .toEqual([['commission_session', '2024-03-02', 'Santiago', null]]);
  });
  it('does not read "visit" before a web address as a visit', () => {
    expect(run('The treaty enters into force today. For more information, visit foreign.gov.example.', 'en', '2025-04-20')).toEqual([]);
  });
  it('takes the meeting, not the summit it was held on the sidelines of, as the one reported, and lists the summit on its day', () => {
    expect(run("Lomé, 5 nov 2025 (AFP) - Ruto et Faye se voient en marge du sommet de l'UA\n\nLe président kényan s'est entretenu mercredi avec son homologue en marge du IIe Sommet Afrique-Caraïbes, à Lomé.", 'fr', '2025-11-05', 60))
      .toEqual([['talks', '2025-11-05', 'Lomé', null], ['summit', '2025-11-05', 'Lomé', null]]);
    expect(run('The two leaders met on 3 June 2025 on the sidelines of the G20 Summit in Rio de Janeiro.', 'en', '2025-06-04'))
      .toEqual([['talks', '2025-06-03', 'Rio de Janeiro', null], ['summit', '2025-06-03', 'Rio de Janeiro', null]]);
  });
  it('lists a meeting told in the pluperfect, dated by the date that opens its sentence', () => {
    expect(run("Le 5 mai 2025, le Premier ministre a reçu à Paris son homologue. Les deux chefs de gouvernement ont parlé d'énergie. Le 2 avril, la ministre des Affaires étrangères, Mme Durand, avait rencontré à Niamey le ministre nigérien.", 'fr', '2025-05-05', 0, ['head_of_government']))
      .toEqual([['talks', '2025-05-05', 'Paris', null], ['talks', '2025-04-02', 'Niamey', null]]);
  });
  it('lists an earlier meeting that the reported one continues ("dans la continuité de leur rencontre à … le …")', () => {
    expect(run("Le Président s'est entretenu par téléphone avec le Président du Bénin. Cet échange s'inscrit dans la continuité de leur rencontre à Cotonou le 12 mars 2025.", 'fr', '2025-06-01'))
      .toEqual([['phone_call', null, null, null], ['talks', '2025-03-12', 'Cotonou', null]]);
  });
  it('does not take a visit by which an instrument was adopted as the frame of the reported meeting', () => {
    expect(run("Le ministre a reçu le 4 juin 2025 à Paris son homologue. Ils ont évoqué la feuille de route adoptée lors de la visite d'État à Rabat, du 2 au 4 avril 2025.", 'fr', '2025-06-04', 0, ['minister']))
      .toEqual([['ministerial_meeting', '2025-06-04', 'Paris', null], ['state_visit', '2025-04-02', 'Rabat', null]]);
  });
  it('reads talks widened to the delegations as expanded', () => {
    expect(run("Le 3 mars 2025, les deux chefs d'État ont eu un entretien en tête-à-tête, suivi d'une séance de travail élargie aux délégations, à Niamey.", 'fr', '2025-03-04'))
      .toEqual([['talks', '2025-03-03', 'Niamey', 'both']]);
  });
  it('lists the General Assembly on whose sidelines the leaders met, on the day of the meeting', () => {
    expect(run('On 24 September 2025 President Boric met Prime Minister Carney on the sidelines of the 80th Session of the United Nations General Assembly in New York.', 'en', '2025-09-25'))
      .toEqual([['talks', '2025-09-24', 'New York', null], ['summit', '2025-09-24', 'New York', null]]);
  });
  it('does not list a visit made for a summit beside the summit', () => {
    expect(run('On 3 May the presidents met in Lima. The project was launched during his visit to Chile for the APEC Summit in Santiago in November 2019.', 'en', '2025-05-04'))
      .toEqual([['talks', '2025-05-03', 'Lima', null], ['summit', '2019-11', 'Santiago', null]]);
  });
  it('lists a General Assembly named as the occasion in a later sentence in the month of the meeting', () => {
    const t = 'Boric, Carney hold talks\n\nNEW YORK, Wednesday, September 24, 2025\n\nPresident Boric has held talks with Prime Minister Carney on the sidelines of the 80th Session of the United Nations General Assembly in New York.';
    expect(run(t, 'en', '2025-09-25', t.indexOf('\n')))
      .toEqual([['talks', '2025-09-24', 'New York', null], ['summit', '2025-09', 'New York', null]]);
  });
  it('reads a session of a commission whose name carries the two states\' compound adjective', () => {
    expect(run('Вице-премьеры провели в Улан-Баторе 12 июня 2025 года заседание Межправительственной российско-монгольской комиссии.', 'ru', '2025-06-13')[0]?.slice(0, 2))
      .toEqual(['commission_session', '2025-06-12']);
  });
  it('lists a reception by a head of government reported the day before, and keeps "накануне" of an event as future', () => {
    const t = '14 мая 2025 года в Дакаре прошло заседание межправительственной комиссии. Накануне сопредседатели были приняты Президентом Сенегала.';
    expect(run(t, 'ru', '2025-05-14').map((e) => e.slice(0, 2))).toEqual([['commission_session', '2025-05-14'], ['talks', '2025-05-13']]);
    expect(run('14 мая 2025 года в Дакаре прошло заседание комиссии. Стороны обменялись мнениями накануне встречи министров в Дакаре.', 'ru', '2025-05-14').map((e) => e[0])).toEqual(['commission_session']);
  });
  it('lists leaders\' earlier meeting named by a past-tense verb with a month and a place, as ministerial when ministers met', () => {
    const t = 'Президенты провели переговоры в Ереване 3 октября 2025 года. Предыдущий раз они встречались в Бишкеке в мае 2025 года.';
    expect(run(t, 'ru', '2025-10-03').map((e) => e.slice(0, 3))).toEqual([['talks', '2025-10-03', 'Yerevan'], ['talks', '2025-05', 'Bishkek']]);
    const m = 'Министры провели телефонный разговор 3 октября. Стороны обсудили договорённости, достигнутые в ходе их встречи в Ереване 5 августа.';
    expect(run(m, 'ru', '2025-10-03', 0, ['minister']).map((e) => e.slice(0, 2))).toEqual([['phone_call', '2025-10-03'], ['ministerial_meeting', '2025-08-05']]);
  });
  it('dates a summit on whose sidelines the reported meeting is held with the meeting\'s day', () => {
    const t = 'Президент Армении провёл встречу с Президентом Таджикистана на полях саммита СНГ в Душанбе.';
    const x = findEngagements({ text: t, lang: 'ru', sentences: segment(t).sentences, dates: findDates(t, 'ru', '2025-10-10'), places: findPlaceMentions(t, 'ru', findCountryMentions(t, 'ru')), titleEnd: 0, principalRanks: ['head_of_state'], referenceDate: '2025-10-10', publishedOn: '2025-10-10' });
    expect(x.map((e) => [e.type, e.implicitDay])).toEqual([['talks', '2025-10-10'], ['summit', '2025-10-10']]);
  });
  it('dates an engagement by the month or year of its own sentence before a news dateline', () => {
    expect(run('АСТАНА, 20 ноября. В марте 2024 года премьер-министр принял участие в саммите в Дохе.', 'ru', '2025-11-20')[0]?.slice(0, 2)).toEqual(['summit', '2024-03']);
  });
  it('reads a Japanese "telephone talk" as a call', () => {
    expect(run('On May 2, the Minister held a telephone talk with the Foreign Minister of Peru.', 'en', '2025-05-03', 0, ['minister']))
      .toEqual([['phone_call', '2025-05-02', null, null]]);
  });
  it('reads a "visite d\'amitié et de travail" as a working visit and leaves out a session the sides agreed to hold', () => {
    expect(run("Le 3 mai 2025, le Président du Niger, qui effectue une visite d'amitié et de travail à Dakar, a été reçu. Les ministres sont convenus de tenir la prochaine session de la commission mixte à Niamey en 2026.", 'fr', '2025-05-04'))
      .toEqual([['working_visit', '2025-05-03', 'Dakar', null]]);
  });
  it('reads talks continued with the two countries\' delegations as expanded', () => {
    expect(run('On 2 June the talks in Lima began in a restricted format and continued with the participation of the two countries’ delegations.', 'en', '2025-06-03'))
      .toEqual([['talks', '2025-06-02', 'Lima', 'both']]);
  });
  it('reads a standing commission, the short "межправкомиссия" and a council of heads of government as what they are', () => {
    expect(run('Сопредседатели провели 5 мая 2025 года заседание Постоянной российско-турецкой комиссии.', 'ru', '2025-05-06')[0]?.[0]).toBe('commission_session');
    expect(run('Стороны подписали протокол межправкомиссии\n\nВ Анкаре 5 мая 2025 года прошла встреча сопредседателей.', 'ru', '2025-05-06', 40)[0]?.[0]).toBe('commission_session');
    expect(run('Премьер-министр в среду в Бишкеке на полях заседания Евразийского межправительственного совета провёл встречу с коллегой.', 'ru', '2025-05-08').map((e) => e.slice(0, 2)))
      .toEqual([['talks', '2025-05-07'], ['summit', '2025-05-07']]);
  });
  it('leaves out a mechanism whose next round a relative clause puts ahead', () => {
    expect(run('Министры провели переговоры в Баку 3 мая 2025 года. Договорились работать в рамках консультаций в Москве, очередной раунд которых состоится осенью.', 'ru', '2025-05-04', 0, ['minister']))
      .toEqual([['talks', '2025-05-03', 'Baku', null]]);
  });
  it('lists a further meeting the text reports the same day or the day before, typed by who holds it', () => {
    const runPeople = (text: string, lang: Language, ref: string) => {
      const cs = findCountryMentions(text, lang);
      const people = findPeople(text, lang, cs).map((p) => ({ start: p.start, rank: p.rank }));
      return findEngagements({
        text, lang, sentences: segment(text).sentences, dates: findDates(text, lang, ref), places: findPlaceMentions(text, lang, cs),
        titleEnd: 0, principalRanks: people.map((p) => p.rank), people, publishedOn: ref,
      }).map((e) => [e.type, e.date?.value ?? e.inheritedMonth ?? e.implicitDay ?? null]);
    };
    const fr = "Le Président Paul Roux a reçu ce lundi à Lomé le ministre des Affaires étrangères du Niger, M. Ali Moussa. Les deux personnalités ont évoqué la sécurité. Plus tôt dans la journée, M. Ali Moussa s'était entretenu avec le ministre de la Défense, M. Kodjo Amegan.";
    expect(runPeople(fr, 'fr', '2025-03-10')).toEqual([['talks', '2025-03-10'], ['ministerial_meeting', '2025-03-10']]);
    const veille = "La ministre Claire Roux a été reçue ce mardi par le Premier ministre Jean Kaboré. Ils ont parlé de l'énergie. La veille, Claire Roux et le ministre des Mines, M. Issa Ouédraogo, s'étaient entretenus à Ouagadougou.";
    expect(runPeople(veille, 'fr', '2025-03-11')).toEqual([['talks', '2025-03-11'], ['ministerial_meeting', '2025-03-10']]);
    const visit = "Le Président Paul Roux s'est entretenu ce lundi par téléphone avec le Président Ali Moussa. Ils ont évoqué le commerce. Le ministre Jean Amegan a reçu le même jour le vice-ministre Omar Sidi, en visite de travail à Lomé.";
    expect(runPeople(visit, 'fr', '2025-03-10')).toEqual([['phone_call', '2025-03-10'], ['working_visit', '2025-03-10']]);
    // A meeting the sentence puts ahead is not one.
    const ahead = "Le Président Paul Roux a reçu ce lundi le ministre Ali Moussa. Ils ont évoqué le commerce. Le ministre Jean Amegan recevra le même jour le ministre Omar Sidi.";
    expect(runPeople(ahead, 'fr', '2025-03-10')).toEqual([['talks', '2025-03-10']]);
  });
  it('dates a reception with a weekday of its own as an earlier meeting', () => {
    expect(run("La commission mixte a clos ses travaux vendredi à Dakar. En marge des travaux, le ministre a été reçu en audience, jeudi, par le Premier ministre.", 'fr', '2025-12-12', 0, ['minister']))
      .toEqual([['commission_session', '2025-12-12', 'Dakar', null], ['talks', '2025-12-11', null, null]]);
  });
  it('leaves out a gathering that a French or English apposition puts ahead', () => {
    expect(run("Le Président a reçu mardi à Alger le Premier ministre. Celui-ci a confirmé sa participation au troisième sommet bilatéral, prévu à Rabat en 2026.", 'fr', '2025-11-04'))
      .toEqual([['talks', '2025-11-04', 'Algiers', null]]);
    expect(run('The President received the Prime Minister in Lagos on Tuesday. The Prime Minister confirmed he would attend the third summit, scheduled for May in Accra.', 'en', '2025-11-05'))
      .toEqual([['talks', '2025-11-04', 'Lagos', null]]);
  });
  it('lists the earlier round of the reported session that a pronoun names, only where a session is reported', () => {
    expect(run("La 9e session de la commission mixte s'est tenue le 3 mars 2025 à Niamey. C'est la première depuis celle tenue à Cotonou en mai 2018.", 'fr', '2025-03-04', 0, ['minister']))
      .toEqual([['commission_session', '2025-03-03', 'Niamey', null], ['commission_session', '2018-05', 'Cotonou', null]]);
    expect(run("Le Président a reçu le 3 mars 2025 à Niamey le ministre. Il a évoqué la conférence de Lomé et celle tenue à Cotonou en mai 2018.", 'fr', '2025-03-04'))
      .toEqual([['talks', '2025-03-03', 'Niamey', null]]);
  });
  it('reads two states\' "sommet intergouvernemental" as their leaders\' talks, not a summit', () => {
    expect(run("Les deux chefs de gouvernement se sont entretenus ce lundi par téléphone. Ils ont évoqué les suites du troisième sommet intergouvernemental franco-espagnol, tenu à Madrid le 12 mars 2025, dans le prolongement duquel ils ont lancé plusieurs projets.", 'fr', '2025-06-02'))
      .toEqual([['phone_call', '2025-06-02', null, null], ['talks', '2025-03-12', 'Madrid', null]]);
  });
});
