import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { findPeople } from './people.js';
import { ruTitleNominative } from './roles.js';

const roles = (t: string, lang: Language) => findPeople(t, lang, findCountryMentions(t, lang)).map((p) => p.role);

describe('roles', () => {
  it('brings a Russian title head back to the nominative and keeps its genitive complement', () => {
    expect(roles('Владимир Путин встретился с Президентом Бразилии Луисом Инасиу Лулой да Силвой.', 'ru')).toContain('Президент Бразилии');
    expect(ruTitleNominative('Председателем Правительства Индии')).toBe('Председатель Правительства Индии');
    expect(ruTitleNominative('Министром иностранных дел Китая')).toBe('Министр иностранных дел Китая');
    expect(ruTitleNominative('Федеральным канцлером Германии')).toBe('Федеральный канцлер Германии');
    expect(ruTitleNominative('Генерального секретаря')).toBe('Генеральный секретарь');
    expect(ruTitleNominative('Послом Вьетнама')).toBe('Посол Вьетнама');
    expect(ruTitleNominative('Главой государства')).toBe('Глава государства');
  });
  it('leaves a nominative title and words that are not titles alone', () => {
    expect(ruTitleNominative('Президент России')).toBe('Президент России');
    expect(ruTitleNominative('Российской Федерации')).toBe('Российской Федерации');
  });
  it('knows the English titles of ministers outside the US pattern', () => {
    expect(roles('Chinese State Councilor Wang Yi held talks with Kenyan Cabinet Secretary Musalia Mudavadi.', 'en')).toEqual(['State Councilor', 'Cabinet Secretary']);
    expect(roles('External Affairs Minister S. Jaishankar met Foreign Secretary Jane Roe.', 'en')).toEqual(['External Affairs Minister', 'Foreign Secretary']);
    expect(roles('Hon. Peter Kamau, Prime Cabinet Secretary of Kenya, arrived.', 'en')).toEqual(['Prime Cabinet Secretary of Kenya']);
  });
  it('drops a possessive country in front of the title', () => {
    expect(roles("Kenya's Cabinet Secretary for Trade Jane Wambui met Peru’s Foreign Minister Luis Soto.", 'en')).toEqual(['Cabinet Secretary for Trade', 'Foreign Minister']);
  });
  it('drops a nationality adjective in front of the title', () => {
    expect(roles('Secretary Rubio met with Brazilian Foreign Minister Mauro Vieira.', 'en')).toContain('Foreign Minister');
    expect(roles('The Secretary welcomed U.S. Ambassador Jane Doe.', 'en')).toContain('Ambassador');
  });
  it('reads French titles with the country they belong to, after or before the name', () => {
    const people = (t: string) => findPeople(t, 'fr', findCountryMentions(t, 'fr')).map((p) => [p.name, p.role, p.country]);
    expect(people("La présidente de la République de Namibie, Mme Netumbo Nandi-Ndaitwah, a reçu l'envoyé spécial.")).toContainEqual(['Netumbo Nandi-Ndaitwah', 'présidente de la République de Namibie', 'NA']);
    expect(people('Le ministre des Affaires étrangères du Gabon, Régis Onanga Ndiaye, a été reçu à Rome.')).toContainEqual(['Régis Onanga Ndiaye', 'ministre des Affaires étrangères du Gabon', 'GA']);
    expect(people("Le Premier ministre sénégalais Ousmane Sonko s'est rendu à Pékin.")).toContainEqual(['Ousmane Sonko', 'Premier ministre sénégalais', 'SN']);
    expect(roles("Mme Claire Dupont, ministre de l'Europe et des Affaires étrangères, a présidé la séance.", 'fr')).toContain("ministre de l'Europe et des Affaires étrangères");
  });
});
