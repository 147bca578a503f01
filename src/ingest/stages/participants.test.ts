import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { buildParticipants } from './participants.js';
import { findPeople } from './people.js';
import { findPlaceMentions } from './places.js';

function participants(text: string, lang: Language, sides: string[], home: string) {
  const cs = findCountryMentions(text, lang);
  return buildParticipants(text, lang, findPeople(text, lang, cs), cs, sides, home, text.length, 0, findPlaceMentions(text, lang, cs)).map((p) => [p.name, p.country]);
}

describe('buildParticipants', () => {
  it('merges a surname, a label and a full name into the fullest form', () => {
    const t = 'Prime Minister Jane Doe met Bolivian President Luis Arce. Prime Minister Doe thanked him.\nPRESIDENT ARCE: Thank you.';
    expect(participants(t, 'en', ['US', 'BO'], 'US')).toEqual([['Jane Doe', 'US'], ['Luis Arce', 'BO']]);
  });
  it('prefers the written-out name to initials, and reads Russian names in the case of the title head', () => {
    const t = 'Встреча Сергея Лаврова с Государственным секретарём США Марко Рубио\nВ Эр-Рияде состоялась встреча Министра иностранных дел России С.В.Лаврова с Государственным секретарём США М.Рубио.';
    expect(participants(t, 'ru', ['RU', 'US'], 'RU')).toEqual([['Сергей Лавров', 'RU'], ['Марко Рубио', 'US']]);
  });
  it('leaves out spokespeople and people of third states', () => {
    const t = 'The below is attributable to Spokesperson John Roe: Secretary Ann Poe met Peruvian Minister Ana Cruz. They recalled French President Paul Dubois.';
    expect(participants(t, 'en', ['US', 'PE'], 'US')).toEqual([['Ann Poe', 'US'], ['Ana Cruz', 'PE']]);
  });
  it('puts a visitor whose country is not stated on the side whose country he does not visit', () => {
    expect(participants("Mme Awa Ndiaye, ministre du Commerce, a effectué une visite de travail à Abidjan. Elle a été reçue par son homologue, M. Koffi Yao.", 'fr', ['SN', 'CI'], 'FR'))
      .toEqual([['Awa Ndiaye', 'SN'], ['Koffi Yao', 'CI']]);
    expect(participants('Trade Minister Jane Roe, who visited Hanoi, met Minister Tran Van Binh.', 'en', ['VN', 'AU'], 'US'))
      .toEqual([['Jane Roe', 'AU'], ['Tran Van Binh', 'VN']]);
    expect(participants('Министр торговли Иван Петров, прибывший в Минск с рабочим визитом, встретился с Министром Олегом Сидоровым.', 'ru', ['BY', 'KZ'], 'RU'))
      .toEqual([['Иван Петров', 'KZ'], ['Олег Сидоров', 'BY']]);
  });
  it('leaves out a leader whose message or greetings someone else brings', () => {
    expect(participants('President Ruto received Foreign Minister Wang Yi of China, who delivered a message from President Xi Jinping.', 'en', ['KE', 'CN'], 'US'))
      .toEqual([['Ruto', 'KE'], ['Wang Yi', 'CN']]);
    expect(participants("Le Président Paul Biya a reçu M. Wang Yi, ministre des Affaires étrangères de Chine, porteur d'un message du Président Xi Jinping.", 'fr', ['CM', 'CN'], 'FR'))
      .toEqual([['Paul Biya', 'CM'], ['Wang Yi', 'CN']]);
    expect(participants('Министр иностранных дел Китая Ван И передал Президенту послание Председателя КНР Си Цзиньпина.', 'ru', ['KE', 'CN'], 'RU'))
      .toEqual([['Ван И', 'CN']]);
  });
  it('takes the country from "led the … delegation"', () => {
    const t = 'Mr. Ravi Kumar, Joint Secretary, led the Indian delegation.';
    expect(participants(t, 'en', ['US', 'IN'], 'US')).toEqual([['Ravi Kumar', 'IN']]);
  });
  it('keeps officials of international organisations without a country', () => {
    const t = 'The Minister met Secretary-General of the United Nations António Guterres.';
    expect(participants(t, 'en', ['US', 'FR'], 'US')).toEqual([['António Guterres', null]]);
  });
  it('merges French and Russian mentions of one person and gives the untitled actor the publisher’s state', () => {
    const fr = "Le Président de la République, Emmanuel Dubois, a reçu M. Félix Kaboré, Président du Burkina Faso. M. Kaboré a remercié son hôte.";
    expect(participants(fr, 'fr', ['FR', 'BF'], 'FR')).toEqual([['Emmanuel Dubois', 'FR'], ['Félix Kaboré', 'BF']]);
    const ru = 'Владимир Путин провёл переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.\nВ.Путин: Добрый день!';
    expect(participants(ru, 'ru', ['RU', 'UZ'], 'RU')).toEqual([['Владимир Путин', 'RU'], ['Шавкат Мирзиёев', 'UZ']]);
  });
});
