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
  it('gives people the side a Russian sentence names before them ("с … стороны", "X представляли")', () => {
    const t = 'С белорусской стороны в переговорах участвовали министр экономики Юрий Лапин и министр связи Олег Рубан, с вьетнамской – министр торговли Нгуен Ван Тхань. Монголию представлял министр энергетики Батбаяр Ганбат.';
    expect(participants(t, 'ru', ['BY', 'VN'], 'RU')).toEqual([['Юрий Лапин', 'BY'], ['Олег Рубан', 'BY'], ['Нгуен Ван Тхань', 'VN']]);
  });
  it('puts a president whose state is not stated on the side other than his peer\'s', () => {
    const t = 'Президент Казахстана Ерлан Бекетов, прибывший в Бишкек, провёл переговоры с президентом республики Асылбеком Токтогуловым. Министр иностранных дел Казахстана Дамир Сеитов и министр иностранных дел Киргизии Нурлан Эсенов подписали план.';
    expect(participants(t, 'ru', ['KZ', 'KG'], 'RU')).toEqual([['Ерлан Бекетов', 'KZ'], ['Асылбек Токтогулов', 'KG'], ['Дамир Сеитов', 'KZ'], ['Нурлан Эсенов', 'KG']]);
    // With both presidents placed, a third "président" named without his state is not put opposite the first.
    const f = 'Le président gabonais Alain Nze a reçu à Libreville le président togolais Yao Dosseh. Plus tôt dans la journée, le président Jean Ndong a rencontré M. Dosseh.';
    expect(participants(f, 'fr', ['GA', 'TG'], 'GA')).toEqual([['Alain Nze', 'GA'], ['Yao Dosseh', 'TG'], ['Jean Ndong', 'GA']]);
  });
  it('puts the companions of a visiting leader on his side, in French and Russian, before the host default for ministers', () => {
    const f = "Le Président gabonais Alain Nze a reçu ce lundi le Premier ministre togolais Kofi Amegan. Le Premier ministre Amegan était accompagné du ministre des Mines, M. Yao Dosseh.";
    expect(participants(f, 'fr', ['GA', 'TG'], 'GA')).toEqual([['Alain Nze', 'GA'], ['Kofi Amegan', 'TG'], ['Yao Dosseh', 'TG']]);
    const r = 'Президент Казахстана Ерлан Бекетов встретился с Премьер-министром Киргизии Асылбеком Токтогуловым, прибывшим в Астану в сопровождении министра энергетики Нурлана Эсенова.';
    expect(participants(r, 'ru', ['KZ', 'KG'], 'KZ')).toEqual([['Ерлан Бекетов', 'KZ'], ['Асылбек Токтогулов', 'KG'], ['Нурлан Эсенов', 'KG']]);
  });
  it('leaves out the guest of a visit or meeting still to come', () => {
    const t = 'Министр экономического развития России Анна Котова провела встречу с министром экономики Армении Ашотом Варданяном. Обсуждена подготовка к предстоящему визиту Президента Армении Арама Петросяна. В ходе визита министр встретится также с Председателем Государственной Думы Вячеславом Володиным.';
    expect(participants(t, 'ru', ['RU', 'AM'], 'RU')).toEqual([['Анна Котова', 'RU'], ['Ашот Варданян', 'AM']]);
  });
  it('takes the country from "led the … delegation"', () => {
    const t = 'Mr. Ravi Kumar, Joint Secretary, led the Indian delegation.';
    expect(participants(t, 'en', ['US', 'IN'], 'US')).toEqual([['Ravi Kumar', 'IN']]);
  });
  it('gives a leader\'s companions and a delegation\'s members their side (en)', () => {
    const t = 'Prime Minister Jan Nowak of Poland met Prime Minister Anna Berg of Sweden in Stockholm. Prime Minister Nowak was accompanied by Minister of Finance Mr. Piotr Lis and Minister of Defence Mr. Adam Wolny.';
    expect(participants(t, 'en', ['PL', 'SE'], 'US')).toEqual([['Jan Nowak', 'PL'], ['Anna Berg', 'SE'], ['Piotr Lis', 'PL'], ['Adam Wolny', 'PL']]);
    const d = 'Minister Tom Otieno met Minister Ana Silva of Angola in Luanda. The Kenyan delegation included the Deputy Minister of Energy, Mr John Kamau.';
    expect(participants(d, 'en', ['KE', 'AO'], 'US')).toEqual([['Tom Otieno', 'KE'], ['Ana Silva', 'AO'], ['John Kamau', 'KE']]);
    const w = 'Prime Minister Rui Costa of Portugal and Prime Minister Lars Holm held talks in Lisbon on Monday. Holm, who was accompanied by Foreign Minister Eva Lind, said the talks went well.';
    expect(participants(w, 'en', ['PT', 'DK'], 'US')).toEqual([['Rui Costa', 'PT'], ['Lars Holm', 'DK'], ['Eva Lind', 'DK']]);
  });
  it('puts people who meet on different sides, and the host\'s own officials on the host\'s side (en)', () => {
    const t = 'President Ali Hamid of Sudan held talks in Cairo on 3 May 2026. Foreign Minister Omar Said met with Ali Hamid. Minister of Health Dr. Mona Aziz joined the talks.';
    expect(participants(t, 'en', ['EG', 'SD'], 'US')).toEqual([['Ali Hamid', 'SD'], ['Omar Said', 'EG'], ['Mona Aziz', 'EG']]);
  });
  it('puts officials named without a state on the side whose people the text never marks with one (en)', () => {
    const t = 'President Amos Kiprop held talks with German Chancellor Hans Weber in New York. Also present was Energy Cabinet Secretary John Kamau.';
    expect(participants(t, 'en', ['KE', 'DE'], 'US')).toEqual([['Amos Kiprop', 'KE'], ['Hans Weber', 'DE'], ['John Kamau', 'KE']]);
  });
  it('leaves out a head of state named in passing and people named only for what is to come (en)', () => {
    const t = 'Foreign Minister Omar Said of Egypt met Foreign Minister Ali Hamid of Sudan in Cairo on 3 May 2026. They praised the vision of President Karim Fawzi. The summit will be chaired by President Hassan Nur tomorrow.';
    expect(participants(t, 'en', ['EG', 'SD'], 'US')).toEqual([['Omar Said', 'EG'], ['Ali Hamid', 'SD']]);
  });
  it('merges a lone surname written first with the full name ("Speaker Woo", "Woo Won-shik")', () => {
    const t = 'President Ruto hosted Speaker of the National Assembly of the Republic of Korea Park Ji-won. Speaker Park said ties were strong.';
    expect(participants(t, 'en', ['KE', 'KR'], 'US')).toEqual([['Ruto', 'KE'], ['Park Ji-won', 'KR']]);
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
  it('puts people on the side that "du côté …" names before them', () => {
    const t = "Y ont pris part, du côté français, M. Paul Roux, ministre des Armées, et Mme Anne Petit, ministre déléguée ; du côté sénégalais, M. Ibrahima Fall, ministre des Finances, et Mme Awa Sy, ministre de l'Énergie.";
    expect(participants(t, 'fr', ['FR', 'SN'], 'FR')).toEqual([['Paul Roux', 'FR'], ['Anne Petit', 'FR'], ['Ibrahima Fall', 'SN'], ['Awa Sy', 'SN']]);
  });
  it('puts "son homologue" on the side opposite the publisher when the sentence names no one before', () => {
    const t = "Le Président du Togo, M. Koffi Mensah, a reçu la ministre, Mme Claire Dumas, ministre déléguée. La ministre s'est ensuite entretenue avec son homologue, M. Kodjo Agbeyome, ministre des Affaires étrangères.";
    expect(participants(t, 'fr', ['FR', 'TG'], 'FR')).toEqual([['Koffi Mensah', 'TG'], ['Claire Dumas', 'FR'], ['Kodjo Agbeyome', 'TG']]);
  });
  it('puts two people under one plural title on the two sides, the publisher first', () => {
    const t = "Le Premier ministre, M. Paul Roux, a reçu M. Amadou Kane, Premier ministre du Sénégal, dans le prolongement de l'entretien entre les présidents Marc Lefort et Moussa Diop.";
    expect(participants(t, 'fr', ['FR', 'SN'], 'FR')).toEqual([['Paul Roux', 'FR'], ['Amadou Kane', 'SN'], ['Marc Lefort', 'FR'], ['Moussa Diop', 'SN']]);
  });
  it('leaves out the author and the addressee of a written message', () => {
    const t = "Le ministre malien, M. Abdoulaye Keita, a été reçu par le Premier ministre Ousmane Diallo, à qui il a remis un message écrit du président Modibo Traoré à l'intention du chef de l'État, Amadou Ba.";
    expect(participants(t, 'fr', ['ML', 'SN'], 'SN').map((p) => p[0])).toEqual(['Abdoulaye Keita', 'Ousmane Diallo']);
  });
  it('puts people met together on one side, and two who sign together on two', () => {
    const met = "Le conseiller fédéral Marc Keller a effectué une visite de travail à Lomé. Il s'est entretenu avec le président du Togo, Koffi Mensah, ainsi qu'avec la ministre d'État, ministre des Affaires étrangères, Akossiwa Dogbe.";
    expect(participants(met, 'fr', ['CH', 'TG'], 'CH')).toEqual([['Marc Keller', 'CH'], ['Koffi Mensah', 'TG'], ['Akossiwa Dogbe', 'TG']]);
    const signed = "Le Président du Niger, M. Ali Moussa, a reçu la ministre déléguée Claire Roux. Le lendemain, Claire Roux et M. Issa Garba, ministre d'État chargé des Finances, ont procédé à la signature de deux conventions.";
    expect(participants(signed, 'fr', ['FR', 'NE'], 'FR')).toEqual([['Ali Moussa', 'NE'], ['Claire Roux', 'FR'], ['Issa Garba', 'NE']]);
  });
  it('merges a compound given name written in part', () => {
    const t = "Le Premier ministre Jan Peeters a reçu le Président Jean Ilunga. Le Président de la République démocratique du Congo, Jean-Baptiste Ilunga Kabeya, a salué l'accueil.";
    expect(participants(t, 'fr', ['BE', 'CD'], 'BE')).toEqual([['Jan Peeters', 'BE'], ['Jean-Baptiste Ilunga Kabeya', 'CD']]);
  });
  it('leaves out a minister who defends a bill before parliament and the signatories of an earlier, dated signing', () => {
    const t = "Le traité, signé à Paris le 2 mai 2024 lors de la visite du Président du Bénin, M. Paul Hounkpè, reçu par le Président Marc Lefort, a été ratifié. La convention, signée le 3 mars 2024 par le ministre des Finances, M. Jean Dossou, a aussi été ratifiée. Défendant les textes devant les députés, le ministre des Affaires étrangères, M. Aurélien Agbénonci, a salué leur adoption.";
    expect(participants(t, 'fr', ['BJ', 'FR'], 'BJ').map((p) => p[0])).toEqual(['Paul Hounkpè', 'Marc Lefort']);
  });
});
