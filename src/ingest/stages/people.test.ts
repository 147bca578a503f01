import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { findPeople } from './people.js';

const people = (t: string, lang: Language) => findPeople(t, lang, findCountryMentions(t, lang)).map((p) => [p.name, p.country]);

describe('findPeople', () => {
  it('reads a name after a title with a nationality adjective', () => {
    expect(people('Secretary of State Antony J. Blinken met Ghanaian Foreign Minister Shirley Ayorkor Botchwey.', 'en'))
      .toEqual([['Antony J. Blinken', null], ['Shirley Ayorkor Botchwey', 'GH']]);
  });
  it('reads "Name, Title of Country" and enumerations of them', () => {
    const t = 'He was joined by Maria Lopez, Minister of Trade of Colombia, and Kofi Mensah, Ambassador to Colombia.';
    expect(people(t, 'en')).toEqual([['Maria Lopez', 'CO'], ['Kofi Mensah', null]]);
  });
  it('splits the name from a title complement', () => {
    expect(people('Special Envoy for Food Security Cary Fowler visited Nairobi.', 'en')).toEqual([['Cary Fowler', null]]);
  });
  it('ends a title complement where "and" starts another titled person', () => {
    const t = 'Assistant Secretary of State for Energy Resources Geoffrey Pyatt and Ghanaian Minister of Energy John Mahama signed the MOU.';
    expect(people(t, 'en').map((p) => p[0])).toContain('Geoffrey Pyatt');
    expect(people(t, 'en')).toContainEqual(expect.arrayContaining(['GH']));
    const f = "Le président de la République et le Premier ministre de la Malaisie, M. Anwar Ibrahim, se sont entretenus.";
    expect(findPeople(f, 'fr', findCountryMentions(f, 'fr')).map((p) => [p.name, p.role])).toEqual([['Anwar Ibrahim', 'Premier ministre de la Malaisie']]);
  });
  it('reads a name after a title whose complement enumerates with commas', () => {
    const t = 'Under Secretary for Arms Control, Nonproliferation, and Disarmament Maria Gomez met the delegation.';
    expect(findPeople(t, 'en', findCountryMentions(t, 'en')).map((p) => [p.name, p.role])).toEqual([['Maria Gomez', 'Under Secretary for Arms Control, Nonproliferation, and Disarmament']]);
  });
  it('reads "Undersecretary" as a title and a French country complement after "d\'"', () => {
    const t = 'Philippine Department of Foreign Affairs Undersecretary Ana Cruz co-chaired the dialogue.';
    expect(people(t, 'en')).toEqual([['Ana Cruz', 'PH']]);
    const f = "Entretien avec M. Abdelmadjid Tebboune, Président de la République d'Algérie, à Alger.";
    expect(people(f, 'fr')).toEqual([['Abdelmadjid Tebboune', 'DZ']]);
  });
  it('strips honorifics', () => {
    expect(people('Under Secretary Dr. Jane Roe spoke.', 'en')).toEqual([['Jane Roe', null]]);
    expect(people("Le Premier ministre a reçu M. Aziz Akhannouch, chef du gouvernement du Maroc.", 'fr').map((p) => p[0])).toContain('Aziz Akhannouch');
  });
  it('reads the country after a French title', () => {
    expect(people('le président de la République du Sénégal, Macky Sall, a été reçu', 'fr')).toEqual([['Macky Sall', 'SN']]);
  });
  it('brings Russian names after a title to the nominative', () => {
    expect(people('Состоялись переговоры с Президентом Турции Реджепом Тайипом Эрдоганом.', 'ru')).toEqual([['Реджеп Тайип Эрдоган', 'TR']]);
  });
  it('reads transcript speaker labels', () => {
    const t = 'Начало встречи\nВ.Путин: Добрый день!\nК.Токаев (как переведено): Спасибо.';
    expect(people(t, 'ru').map((p) => p[0])).toEqual(['В.Путин', 'К.Токаев']);
    expect(people('MINISTER SMITH: Thank you.', 'en').map((p) => p[0])).toEqual(['Smith']);
  });
  it('takes a bare Russian name only as the actor of a meeting', () => {
    expect(people('Михаил Мишустин провёл переговоры.', 'ru').map((p) => p[0])).toEqual(['Михаил Мишустин']);
    expect(people('Наша встреча проходит накануне Дня Победы.', 'ru')).toEqual([]);
    expect(people('Михаил Мишустин и Премьер-министр Вьетнама Фам Минь Тьинь обсудили торговлю.', 'ru').map((p) => p[0])).toEqual(['Михаил Мишустин', 'Фам Минь Тьинь']);
    expect(people('Новая Зеландия и Президент Чили подписали заявление.', 'ru').map((p) => p[0])).toEqual([]);
  });
  it('reads the whole name after a title whose complement ends with a country', () => {
    expect(people('The Prime Minister met President of the Republic of Ghana John Dramani Mahama in Accra.', 'en')).toContainEqual(['John Dramani Mahama', 'GH']);
    expect(people('She welcomed Minister of Foreign Affairs of the Republic of Peru Ana María Cruz Vega.', 'en')).toContainEqual(['Ana María Cruz Vega', 'PE']);
  });
  it('ends an English title at a country followed by a name, and starts a new person after "and"', () => {
    expect(people('The Secretary spoke with President of Chile Gabriel Boric Font.', 'en')).toEqual([['Gabriel Boric Font', 'CL']]);
    expect(people('He met Foreign Minister of Peru Ana Cruz and Ambassador of Chile to Peru Juan Soto.', 'en')).toEqual([['Ana Cruz', 'PE'], ['Juan Soto', 'CL']]);
    expect(people('She thanked the Chargé d’Affaires for the United States Mission to Ghana, Mary Roe.', 'en')).toEqual([['Mary Roe', 'US']]);
  });
  it('reads Indian styles and the Russian title of the head of the Chinese state', () => {
    expect(people('Prime Minister Shri Narendra Modi received Smt. Anita Rao, Minister of Culture of Nepal.', 'en').map((p) => p[0])).toEqual(['Narendra Modi', 'Anita Rao']);
    expect(findPeople('Переговоры с Председателем КНР Си Цзиньпином.', 'ru', findCountryMentions('Переговоры с Председателем КНР Си Цзиньпином.', 'ru')).map((p) => [p.name, p.country, p.rank]))
      .toEqual([['Си Цзиньпин', 'CN', 'head_of_state']]);
  });
  it('reads a Russian minister whose portfolio in the genitive comes before the country and the name', () => {
    expect(people('Российскую часть комиссии возглавил Министр сельского хозяйства Российской Федерации А.Б.Петрова.', 'ru')).toEqual([['А.Б.Петрова', 'RU']]);
    expect(people('Делегацию возглавил Министр энергетики и шахт Алжирской Народной Демократической Республики Али Бен Салем.', 'ru')).toEqual([['Али Бен Салем', 'DZ']]);
    expect(people('Министр поблагодарил Ивана Петрова за помощь.', 'ru')).toEqual([]);
  });
  it('takes a bare name that opens a sentence as the subject of a meeting verb', () => {
    expect(people('Vladimir Putin met with Prime Minister of Vietnam Pham Minh Chinh.', 'en').map((p) => p[0])).toEqual(['Vladimir Putin', 'Pham Minh Chinh']);
    expect(people("Emmanuel Macron a reçu le Président du Ghana, M. John Mahama.", 'fr').map((p) => p[0])).toEqual(['Emmanuel Macron', 'John Mahama']);
    expect(people('Saint Petersburg Economic Forum opened today. New Delhi hosted the talks.', 'en')).toEqual([]);
  });
  it('reads a Chinese name ending in one capital before a full stop, and no adverb as a first name', () => {
    expect(people('Состоялся разговор с министром иностранных дел КНР Ван И. Об этом сообщили в МИД.', 'ru')).toEqual([['Ван И', 'CN']]);
    expect(people('Ранее Лавров и Ван И встречались в Пекине.', 'ru').map((p) => p[0])).not.toContain('Ранее Лавров');
  });
  it('reads a second title after a comma as a title, not a name, and a long French complement to its country', () => {
    expect(people('Состоялся телефонный разговор с Наследным принцем, Председателем Совета министров Королевства Иордания Хусейном бен Абдаллой.', 'ru'))
      .toEqual([['Хусейн бен Абдалла', 'JO']]);
    expect(people("La ministre a reçu M. Karim Alaoui, ministre délégué auprès du Chef du gouvernement chargé de l'Administration de la Défense nationale du Royaume du Maroc.", 'fr'))
      .toEqual([['Karim Alaoui', 'MA']]);
  });
  it('keeps the particles inside a name that closes a run of capitals', () => {
    expect(people('He met President of the European Commission Ursula von der Leyen.', 'en').map((p) => p[0])).toEqual(['Ursula von der Leyen']);
    expect(people('She met Mexican Secretary of Foreign Affairs Ana María de la Cruz.', 'en').map((p) => p[0])).toEqual(['María de la Cruz']);
  });
  it('finds a Russian name written with initials after a title that runs on through a second office or a posting', () => {
    expect(people('Заместитель Министра иностранных дел Российской Федерации – Специальный представитель Президента Российской Федерации по Ближнему Востоку и странам Африки И.П.Сидоров принял Посла Республики Чад в Москве А.Б.Махамата.', 'ru').map((p) => p[0]))
      .toEqual(['И.П.Сидоров', 'А.Б.Махамат']);
    expect(people('Министр встретился с Послом Чада А.Б.Махаматом.', 'ru')).toEqual([['А.Б.Махамат', 'TD']]);
  });
  it('strips French styles and military ranks before a name', () => {
    expect(people("Le chef de l'État, S.E. le Général d'Armée Amadou Diallo, a reçu le ministre.", 'fr').map((p) => p[0])).toEqual(['Amadou Diallo']);
    expect(people('Le Président de la Transition, le Général de brigade Moussa Keita, a reçu les ambassadeurs.', 'fr').map((p) => p[0])).toEqual(['Moussa Keita']);
  });
  it('does not read an event named after a person as a person', () => {
    expect(people('building on President Smith’s Summit for Democracy', 'en')).toEqual([]);
  });
});

describe('findPeople: appositions', () => {
  it('reads "Title, Name," and "counterpart, Name"', () => {
    const t = "Le ministre de l'Europe et des Affaires étrangères, Jean-Yves Le Drian, a reçu son homologue indien, M. Subrahmanyam Jaishankar.";
    expect(people(t, 'fr')).toEqual([['Jean-Yves Le Drian', null], ['Subrahmanyam Jaishankar', 'IN']]);
    expect(people('The Secretary spoke with his Indian counterpart, Dr. S. Jaishankar, about the Quad.', 'en')).toEqual([['S. Jaishankar', 'IN']]);
  });
  it('does not give one name to two titles in a chain', () => {
    const t = 'À l’invitation du Président de la République, M. Paul Durand, le Président de la République du Bénin, M. Jean Houngbo, est venu.';
    expect(people(t, 'fr')).toEqual([['Paul Durand', null], ['Jean Houngbo', 'BJ']]);
  });
});

describe('findPeople: portfolios and lower-case titles (en)', () => {
  it('ends a portfolio at a style, and runs it on through "and" before the name or the country', () => {
    const t = 'The Minister of Trade and Tourism, Mr Peter Banda, and the Minister of Foreign Affairs and Cooperation of the Republic of Malawi, Ms Grace Phiri, met today.';
    expect(people(t, 'en')).toEqual([['Peter Banda', null], ['Grace Phiri', 'MW']]);
    expect(people('The delegation included the Deputy Minister of Finance, Planning and Development, Ms Jane Moyo, and officials.', 'en')).toEqual([['Jane Moyo', null]]);
  });
  it('ends a name before "and" and the words that open the next title', () => {
    expect(people('Present were Cabinet Secretary for Foreign and Diaspora Affairs Jane Doe and Energy Cabinet Secretary John Kamau.', 'en').map((p) => p[0]))
      .toEqual(['Jane Doe', 'John Kamau']);
  });
  it('reads a lower-case title right after a state as a title', () => {
    expect(people('Thai Prime Minister Somchai Boonmee and his Lao counterpart Sonexay Siphandone signed the deal.', 'en'))
      .toEqual([['Somchai Boonmee', 'TH'], ['Sonexay Siphandone', 'LA']]);
    expect(people('The Thai minister Somchai Boonmee said.', 'en')).toEqual([['Somchai Boonmee', 'TH']]);
    expect(people('Nepali Foreign Secretary Ram Thapa Co-chairs the Meeting', 'en').map((p) => p[0])).toEqual(['Ram Thapa Co-chairs']);
  });
});

describe('findPeople: West African communiqué style', () => {
  it('reads military ranks, "S.E.M." and surnames in capitals', () => {
    const t = "Le Chef de l'Etat, le Colonel Mamadou TRAORE, a reçu au Palais S.E.M. Ivan Petrov, Ambassadeur de la Fédération de Russie.";
    expect(people(t, 'fr')).toEqual([['Mamadou TRAORE', null], ['Ivan Petrov', 'RU']]);
  });
  it('reads Russian titles of China\'s head of state and of a foreign minister with a second portfolio', () => {
    expect(people('Президент встретился с Председателем КНР Си Цзиньпином.', 'ru')).toEqual([['Си Цзиньпин', 'CN']]);
    expect(people('Переговоры с Министром иностранных дел и международного сотрудничества Италии А.Таяни.', 'ru')).toEqual([['А.Таяни', 'IT']]);
  });
  it('reads a bare Russian name after a capitalised noun of talks opening a quotation', () => {
    expect(people('Он сказал: "Переговоры Ильхама Алиева с гостем пройдут завтра".', 'ru').map((p) => p[0])).toEqual(['Ильхам Алиев']);
  });
});

describe('findPeople: possessives, styles and short given names', () => {
  it('takes the country of a possessive before the title', () => {
    expect(people("Chile's Minister of Foreign Affairs, Alberto Ruiz Soto, met Ghana’s Foreign Minister Ama Owusu.", 'en')).toEqual([['Alberto Ruiz Soto', 'CL'], ['Ama Owusu', 'GH']]);
  });
  it('strips unpointed British styles, Indian styles and forms of address', () => {
    expect(findPeople('Minister of Health Mr Peter Banda met the press.', 'en', []).map((p) => [p.name, p.role])).toEqual([['Peter Banda', 'Minister of Health']]);
    expect(people('The Finance Minister Shri Rakesh Verma spoke.', 'en').map((p) => p[0])).toEqual(['Rakesh Verma']);
    expect(people('They met the Minister of Energy, Ambassador Amina Bello, today.', 'en').map((p) => p[0])).toEqual(['Amina Bello']);
    expect(people('Senator the Hon Jane Cole, Minister for Trade, said so.', 'en').map((p) => p[0])).toEqual(['Jane Cole']);
  });
  it('keeps a given name written short with a point', () => {
    expect(people('Philippine Secretary of Energy Ma. Luisa Reyes and Minister of Commerce Md. Karim Uddin spoke.', 'en').map((p) => p[0])).toEqual(['Ma. Luisa Reyes', 'Md. Karim Uddin']);
  });
  it('does not carry a headline title over the paragraph break to the name that opens the body', () => {
    const t = 'Telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh\n\nVladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh.';
    expect(findPeople(t, 'en', findCountryMentions(t, 'en')).map((p) => [p.name, p.role])).toEqual([['Ukhnaagiin Khurelsukh', 'President of Mongolia'], ['Vladimir Putin', null], ['Ukhnaagiin Khurelsukh', 'President of Mongolia']]);
  });
  it('reads an untitled English subject or counterpart of a call or meeting, and not a month', () => {
    const t = 'Jacinda Rowe had a telephone conversation with Prime Minister of Fiji Sitiveni Naivalu. They recalled the visit of the President of Chile to Suva on November 3.';
    expect(people(t, 'en')).toEqual([['Jacinda Rowe', null], ['Sitiveni Naivalu', 'FJ']]);
    expect(people('The Emir held talks with Laila Haddad, who arrived on Monday.', 'en')).toEqual([['Laila Haddad', null]]);
    expect(people('Trade Policy Review met with little interest. Nobody Special attended.', 'en')).toEqual([]);
  });
  it('reads French titles of foreign ministers and Swiss federal councillors, and strips "L\'honorable"', () => {
    expect(people('Le chef de la diplomatie malienne Abdoulaye Diop a reçu M. Kamara.', 'fr')[0]).toEqual(['Abdoulaye Diop', 'ML']);
    expect(people('Le conseiller fédéral Beat Jans a reçu son homologue.', 'fr')[0]?.[0]).toBe('Beat Jans');
    expect(people("L'honorable Mélanie Joly, ministre des Affaires étrangères, s'est rendue à Dakar.", 'fr')[0]?.[0]).toBe('Mélanie Joly');
  });
  it('reads a surname in capitals first after a style, an English "Le" as a surname, and "Sayyid" as a style', () => {
    const t = 'Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Le Van Minh, Minister of Industry. Omani Foreign Minister Sayyid Hamad Alharthy spoke.';
    expect(people(t, 'en').map((p) => p[0])).toEqual(['TANAKA Hiroshi', 'Le Van Minh', 'Hamad Alharthy']);
    expect(people('Le Premier ministre, le Président Paul Durand, est arrivé.', 'fr').map((p) => p[0])).toEqual(['Paul Durand']);
  });
  it('does not take the town before a name, or a title\'s complement, for the name', () => {
    expect(people("La ministre a reçu hier à Lomé Robert Dussey, ministre des Affaires étrangères du Togo.", 'fr').map((p) => p[0])).toContain('Robert Dussey');
    expect(people("La ministre a reçu hier à Lomé Robert Dussey, ministre des Affaires étrangères du Togo.", 'fr').map((p) => p[0])).not.toContain('Lomé Robert Dussey');
    expect(people("Le Ministre des Relations Extérieures, M. Jean Mba, a reçu l'ambassadeur.", 'fr').map((p) => p[0])).toEqual(['Jean Mba']);
  });
  it('reads Russian enumerations "Title Name, Title Name" with the title before each name', () => {
    const t = 'В беседе участвовали министр финансов Игорь Ковалёв, министр транспорта Пётр Зимин и заместитель Премьер-министра, министр юстиции Ахмад Назаров.';
    expect(findPeople(t, 'ru', findCountryMentions(t, 'ru')).map((p) => [p.name, p.role])).toEqual([
      ['Игорь Ковалёв', 'министр финансов'], ['Пётр Зимин', 'министр транспорта'], ['Ахмад Назаров', 'министр юстиции'],
    ]);
  });
  it('reads Russian titles of parliament and committee chairs, deputy ministers and heads of state corporations', () => {
    const t = 'Председатель Народного собрания Болгарии Иван Стоянов встретился с председателем Комитета Государственной Думы по экономической политике Олегом Марковым и заместителем министра иностранных дел Сербии Миланом Юричем. Присутствовал генеральный директор госкорпорации «Ростех» Сергей Белов.';
    expect(people(t, 'ru')).toEqual([['Иван Стоянов', 'BG'], ['Олег Марков', null], ['Милан Юрич', 'RS'], ['Сергей Белов', null]]);
  });
  it('does not carry a Russian headline title across the blank line to the dateline city', () => {
    const t = 'Консультации заместителей министров иностранных дел\n\nАстана, 5 мая. Стороны обсудили повестку.';
    expect(people(t, 'ru')).toEqual([]);
  });
  it('reads a Russian ambassador named after his posting, a committee field with an abbreviation, and no name inside a parliament\'s title', () => {
    const t = 'Присутствовали посол Грузии в Армении Давид Беридзе и председатель Комитета Государственной Думы по делам СНГ Ольга Тимофеева. Председателем Милли Меджлиса Азербайджанской Республики Айтеном Мамедовой открыто заседание.';
    expect(people(t, 'ru')).toEqual([['Давид Беридзе', 'GE'], ['Ольга Тимофеева', null], ['Айтен Мамедова', 'AZ']]);
    const v = 'По итогам визита Короля Иордании в Российскую Федерацию Владимир Путин и Абдалла II приняли заявление.';
    expect(findPeople(v, 'ru', findCountryMentions(v, 'ru')).map((p) => p.role)).not.toContain('Короля Иордании');
    const w = 'После Анна Ковач и посла Венгрии Петера Сабо встретили в аэропорту.';
    expect(findPeople(w, 'ru', findCountryMentions(w, 'ru')).map((p) => [p.name, p.rank])).toEqual([['Петер Сабо', 'ambassador']]);
  });
  it('reads the name after a French minister\'s portfolios listed between commas', () => {
    const t = "Le ministre de l'Économie, des Finances et de la Souveraineté industrielle, M. Paul Martin, et le ministre des Affaires étrangères, de la Coopération et des Gabonais de l'étranger, Mme Awa Ndong, ont signé l'accord.";
    expect(people(t, 'fr').map((p) => p[0])).toEqual(['Paul Martin', 'Awa Ndong']);
  });
  it('takes the state that closes a French chain of titles or portfolios', () => {
    const chain = "La ministre d'État, ministre des Affaires étrangères, de la Coopération et des Camerounais de l'extérieur de la République du Cameroun, Mme Alice Mbarga, a ouvert la séance.";
    expect(people(chain, 'fr')).toEqual([['Alice Mbarga', 'CM']]);
    expect(people("Il a reçu Paul Kaboré, ministre d'État et ministre de la Défense du Burkina Faso.", 'fr')).toEqual([['Paul Kaboré', 'BF']]);
  });
  it('reads the name after a nationality the gazetteer cannot place, and after "et du" a new title', () => {
    expect(people('Il a rappelé les décisions du président malien Jean Traoré et du président congolais Pierre Mabiala.', 'fr'))
      .toEqual([['Jean Traoré', 'ML'], ['Pierre Mabiala', null]]);
  });
  it('reads the two names under a French plural title', () => {
    const found = findPeople('Les présidents Marc Lefort et Amadou Kane se sont entretenus à Dakar.', 'fr', []);
    expect(found.map((p) => p.name)).toEqual(['Marc Lefort', 'Amadou Kane']);
    expect(found[0]!.pairedWith).toBe(found[1]!.start);
  });
  it('reads a French title that runs on through "chargé de …" before the name', () => {
    expect(people("Il a rencontré le ministre délégué chargé du Commerce extérieur, Luc Garnier.", 'fr')).toEqual([['Luc Garnier', null]]);
  });
});

describe('findPeople: bare Russian names', () => {
  it('takes a bare first name and surname named twice in any case, not one named once without a verb of meeting', () => {
    const twice = 'Глеб Сорокин посетил выставку. Позднее выставку осмотрел и Глеба Сорокина сопровождали коллеги.';
    expect(findPeople(twice, 'ru', []).map((p) => p.name)).toContain('Глеб Сорокин');
    const once = 'На выставке была картина, которую написал Глеб Сорокин в юности.';
    expect(findPeople(once, 'ru', []).map((p) => p.name)).not.toContain('Глеб Сорокин');
  });
});
