import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { findPeople } from './people.js';
import { findPlaceMentions } from './places.js';
import { segment } from './segment.js';
import { findSides, frenchDateline } from './sides.js';

function sides(text: string, lang: Language, titleEnd = 0) {
  const cs = findCountryMentions(text, lang);
  return findSides(text, lang, cs, findPeople(text, lang, cs), segment(text).sentences, titleEnd);
}

describe('findSides', () => {
  it('does not make the United States a side of an English report on two other states for a passing mention', () => {
    expect(sides('Brazilian President Ana Costa and Indian Prime Minister Ravi Menon met on Monday, as the two U.S. partners seek new markets.', 'en').dyad).toEqual(['BR', 'IN']);
    expect(sides('The Secretary met Brazilian Foreign Minister Ana Costa in Washington.', 'en').dyad).toEqual(['US', 'BR']);
  });
  it('takes the states whose leaders meet at a summit as the group that takes part', () => {
    const g = sides('Leaders of Chile, Peru, Mexico, Japan and Canada met in Lima for the APEC Summit.', 'en').group;
    expect(g && [g.codes, g.isAuthors]).toEqual([['CL', 'PE', 'MX', 'JP', 'CA'], true]);
    const r = sides('Лидеры России, Китая, Индии, Бразилии и ЮАР встретились в Казани.', 'ru').group;
    expect(r?.isAuthors).toBe(true);
  });
  it('adds the publisher\'s state to the leaders it reports meeting at a summit', () => {
    const t = 'Президент России Владимир Путин принял участие в саммите в Астане. В саммите участвовали лидеры Казахстана, Киргизии, Таджикистана и Узбекистана.';
    expect(sides(t, 'ru').group?.codes).toEqual(['KZ', 'KG', 'TJ', 'UZ', 'RU']);
  });
  it('reads a state.gov readout that opens with "The Secretary" as the United States\' own', () => {
    expect(sides('The Secretary spoke today with Indian External Affairs Minister Dr. S. Jaishankar.', 'en').dyad).toEqual(['US', 'IN']);
  });
  it('takes the publisher’s state as a side of a Kremlin readout that never names it', () => {
    expect(sides('Состоялся телефонный разговор Владимира Путина с Президентом Аргентины Хавьером Милеем.', 'ru').dyad).toEqual(['RU', 'AR']);
  });
  it('takes a French text that never names France as the voice of the state where its leader receives', () => {
    const t = "Le Premier ministre Amadou Ba a reçu ce jeudi à Dakar l'ambassadeur de Chine, M. Li Wei.";
    const cs = findCountryMentions(t, 'fr');
    const s = findSides(t, 'fr', cs, findPeople(t, 'fr', cs), segment(t).sentences, 0, findPlaceMentions(t, 'fr', cs));
    expect([s.home, [...s.dyad].sort()]).toEqual(['SN', ['CN', 'SN']]);
    const e = "Le Président de la République a reçu à l'Élysée le Président du Sénégal, M. Amadou Ba.";
    const ce = findCountryMentions(e, 'fr');
    expect(findSides(e, 'fr', ce, findPeople(e, 'fr', ce), segment(e).sentences, 0, findPlaceMentions(e, 'fr', ce)).home).toBe('FR');
  });
  it('does not add the United States to an English report on two other states', () => {
    expect(sides('The President of Ghana met the Prime Minister of India in Accra. Ghana and India signed three agreements.', 'en').dyad.sort()).toEqual(['GH', 'IN']);
  });
  it('finds a group of co-authoring states', () => {
    const g = sides('The statement was released by the Governments of Japan, Australia, India and the United States.', 'en').group;
    expect(g?.codes.sort()).toEqual(['AU', 'IN', 'JP', 'US']);
    expect(g?.isAuthors).toBe(true);
  });
  it('takes France as a side of an Élysée readout, but not of a West African communiqué', () => {
    expect(sides("Le Président de la République s'est entretenu avec le Président de la République du Ghana.", 'fr').dyad).toEqual(['FR', 'GH']);
    expect(sides("Le Chef de l'Etat du Mali a reçu l'Ambassadeur de Chine.", 'fr').dyad).not.toContain('FR');
  });
  it('takes the state of a French dateline as the one the readout speaks for', () => {
    const t = "Dakar, le 2 avril 2026 – Le Président de la République a reçu au Palais le Président de la République du Niger. Les deux délégations ont parlé d'énergie.";
    expect(sides(t, 'fr').dyad).toEqual(['SN', 'NE']);
    const c = "Le 12 mai 2026 – Ottawa (Ontario) – La ministre a rencontré le ministre des Affaires étrangères du Gabon.";
    expect(sides(c, 'fr').home).toBe('CA');
  });
  it('reads a dateline with a numeric date, a parenthesised country or a date first', () => {
    expect(frenchDateline('Berne, 14.03.2026 – Le conseiller fédéral a reçu')).toEqual({ city: 'Berne', paren: null });
    expect(frenchDateline('Saint-Malo (France), 3 juil 2026 (AFP) - Le président')).toEqual({ city: 'Saint-Malo', paren: 'France' });
    expect(frenchDateline('Le 3 mars 2026 – Québec (Québec) – Le ministre')?.city).toBe('Québec');
    expect(frenchDateline('Le Président, ému, a remercié')).toBeNull();
  });
  it('takes a Swiss or Canadian office named in the text as the publisher\'s state', () => {
    expect(sides("Le conseiller fédéral s'est entretenu à Berne avec le ministre des Affaires étrangères du Bénin, et la Suisse a promis son aide.", 'fr').dyad).toEqual(['CH', 'BJ']);
  });
  it('takes the French-speaking state a text names, not France, when France is never named', () => {
    const t = "Le Premier ministre a reçu le Président de la République du Rwanda. Il a rappelé l'engagement du Luxembourg en faveur de la paix.";
    expect(sides(t, 'fr').dyad.sort()).toEqual(['LU', 'RW']);
    expect(sides("Le Premier ministre a reçu le Premier ministre du Niger. La France soutient le Niger.", 'fr').dyad.sort()).toEqual(['FR', 'NE']);
    // Two such states and no guest: the first named speaks, France is no side.
    const two = sides('Le Premier ministre a présidé la signature de trois accords entre le Bénin et le Togo.', 'fr');
    expect([two.home, two.dyad.sort()]).toEqual(['BJ', ['BJ', 'TG']]);
  });
  it('takes the other side from the place in the lead when the text names one state only', () => {
    const t = 'The Prime Minister, Jane Roe, met with the President of Chile in Wellington today.';
    const cs = findCountryMentions(t, 'en');
    expect(findSides(t, 'en', cs, findPeople(t, 'en', cs), segment(t).sentences, 0, findPlaceMentions(t, 'en', cs)).dyad).toEqual(['CL', 'NZ']);
  });
  it('leaves Russia out of a Russian-language report on two other states that names their relationship', () => {
    expect(sides('Глава государства провёл встречу с Президентом Киргизии Садыром Жапаровым. Обсуждены вопросы казахстанско-киргизского сотрудничества.', 'ru').dyad).not.toContain('RU');
    expect(sides('Президент Беларуси провёл переговоры с Премьер-министром Вьетнама. Стороны отметили рост белорусско-вьетнамской торговли.', 'ru').dyad.sort()).toEqual(['BY', 'VN']);
    // A Kremlin readout names the relationship with Russia in it, and keeps Russia.
    expect(sides('Состоялся телефонный разговор с Президентом Киргизии Садыром Жапаровым. Обсуждены вопросы российско-киргизского сотрудничества.', 'ru').dyad).toContain('RU');
  });
  it('does not read a guest\'s "Président de la République centrafricaine" as the publisher\'s own president', () => {
    expect(sides("Entretien avec le Président de la République centrafricaine. Le Président russe a évoqué la coopération avec la Russie.", 'fr').dyad.sort()).toEqual(['CF', 'RU']);
  });
});
