import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { findSectorMentions, sectorsWithin } from './sectors.js';

const sectors = (t: string, lang: Language) => [...new Set(findSectorMentions(t, lang).filter((m) => !m.isInOrgName).map((m) => m.sector))];

describe('findSectorMentions', () => {
  it('reads drugs, cartels, organised crime and money laundering as law enforcement', () => {
    expect(sectors('They discussed stopping the flow of fentanyl and dismantling cartels.', 'en')).toEqual(['law_enforcement']);
    expect(sectors('Стороны обсудили борьбу с организованной преступностью и отмыванием денег.', 'ru')).toEqual(['law_enforcement']);
  });
  it('maps terms to the one vocabulary, following the annotation mappings', () => {
    expect(sectors('They discussed food security, counter-terrorism and the peaceful use of nuclear energy.', 'en')).toEqual(['agriculture', 'security_defence', 'nuclear_energy']);
    expect(sectors('Coopération en matière de douanes et de santé publique.', 'fr')).toEqual(['law_enforcement', 'health']);
    expect(sectors('Обсуждены вопросы геологоразведки, поставок нефти и подготовки студентов.', 'ru')).toEqual(['geology_mining', 'oil_gas', 'education']);
  });
  it('reads defence production as military-technical, terrorists as security, reactors, rail and manufacturing (en)', () => {
    expect(sectors('They agreed on joint production of defence equipment and closer links between their defence industries.', 'en')).toEqual(['military_technical']);
    expect(sectors('They will act against terrorist groups.', 'en')).toEqual(['security_defence']);
    expect(sectors('They discussed small modular reactors, a new rail link and manufacturing.', 'en')).toEqual(['nuclear_energy', 'transport_logistics', 'industry']);
    expect(sectors('They discussed the spread of drug manufacturing.', 'en')).toEqual([]);
  });
  it('does not read "a secure environment" or "the business environment" as ecology (en)', () => {
    expect(sectors('They will provide a secure environment for projects and improve the business environment.', 'en')).toEqual([]);
    expect(sectors('They discussed environmental protection.', 'en')).toEqual(['environment']);
  });
  it('does not count the words of an institution named with its head last (en)', () => {
    expect(sectors('The MoU was signed with the National Agricultural Research Institute of Chile.', 'en')).toEqual([]);
  });
  it('reads Russian hydropower, small nuclear plants, pharmaceuticals, border protection and freight in every case', () => {
    expect(sectors('Обсуждены гидроэнергетика, строительство атомной станции малой мощности и выпуск лекарственных препаратов.', 'ru')).toEqual(['energy', 'nuclear_energy', 'health']);
    expect(sectors('Стороны договорились об охране общей границы и о развитии контейнерных перевозок.', 'ru')).toEqual(['security_defence', 'transport_logistics']);
    expect(sectors('Обсуждено сотрудничество в области водного хозяйства.', 'ru')).toEqual(['environment']);
  });
  it('does not count the words of an organisation name', () => {
    expect(sectors('He met the Minister of Tourism and Culture of Peru.', 'en')).toEqual([]);
    expect(sectors('le ministère de l’agriculture et de la pêche', 'fr')).toEqual([]);
  });
  it('reads the areas ministers discuss, and still leaves out a minister\'s post', () => {
    expect(sectors('Министры обсудили вопросы сотрудничества в торговле и энергетике.', 'ru')).toEqual(['trade', 'energy']);
    expect(sectors('Министр энергетики обсудил с коллегой вопросы транспорта.', 'ru')).toEqual(['transport_logistics']);
    expect(sectors('They signed a Memorandum of Understanding on Civil Nuclear Cooperation.', 'en')).toEqual(['nuclear_energy']);
    expect(sectors('Ils ont évoqué la situation à Gaza.', 'fr')).toEqual([]);
    expect(sectors('Ils ont évoqué les livraisons de gaz naturel.', 'fr')).toEqual(['oil_gas']);
    expect(sectors('Ils ont salué la signature d\'un accord sur la formation professionnelle.', 'fr')).toEqual(['education']);
  });
  it('lets an organisation name count for a title that names no area itself', () => {
    const t = 'Программа сотрудничества Министерства обороны Российской Федерации и Министерства обороны Республики Ирак';
    expect(sectorsWithin(findSectorMentions(t, 'ru'), 0, t.length)).toEqual(['security_defence']);
  });
  it('reads English crime, migration, investment verbs and regional conflicts', () => {
    expect(sectors('They agreed to fight organised crime and money laundering, and to curb illegal immigration.', 'en')).toEqual(['law_enforcement', 'other']);
    expect(sectors('Firms from Chile are ready to invest in Ghana and to work on labour mobility.', 'en')).toEqual(['investment', 'other']);
    expect(sectors('The sides coordinated on regional hotspot issues and the peace process in the Sahel.', 'en')).toEqual(['security_defence']);
  });
  it('reads a digital public infrastructure as digital and an economic partnership agreement as trade', () => {
    expect(sectors('cooperation on digital public infrastructure', 'en')).toEqual(['digital_telecom']);
    expect(sectors('talks on a Comprehensive Economic Partnership Agreement', 'en')).toEqual(['trade']);
  });
  it('reads French cash crops, people smuggling, mutual legal assistance and migration policy', () => {
    expect(sectors("Ils ont parlé de la filière cacao et du coton, puis de la lutte contre les passeurs.", 'fr')).toEqual(['agriculture', 'law_enforcement']);
    expect(sectors("Convention d'entraide judiciaire ; coopération contre l'immigration irrégulière.", 'fr')).toEqual(['law_enforcement', 'other']);
  });
  it('reads Russian cooperation terms the annotation maps: settlement of conflicts, national currencies, tourists, water, labour migration', () => {
    expect(sectors('Обсуждены урегулирование конфликта и расчёты в национальных валютах.', 'ru')).toEqual(['security_defence', 'finance']);
    expect(sectors('Растёт поток туристов; обсуждено использование водных ресурсов.', 'ru')).toEqual(['tourism', 'environment']);
    expect(sectors('Рассмотрено водно-энергетическое взаимодействие и трудовая деятельность мигрантов.', 'ru')).toEqual(['environment', 'energy', 'other', 'other'].filter((x, i, a) => a.indexOf(x) === i));
    expect(sectors('Сотрудничество в области мирного атома.', 'ru')).toEqual(['nuclear_energy']);
  });
  it('does not read a sector from vehicles, a state\'s name, a federal service or a commission\'s name', () => {
    expect(sectors('Стороны обмениваются данными о транспортных средствах.', 'ru')).toEqual([]);
    expect(sectors('Министр Народной Демократической Республики Лаос прибыл с визитом.', 'ru')).toEqual([]);
    expect(sectors('По данным Федеральной таможенной службы, объём вырос.', 'ru')).toEqual([]);
    expect(sectors('Заседание комиссии по торгово-экономическому и научно-техническому сотрудничеству.', 'ru')).toEqual([]);
  });
  it('reads hydrogen, artificial intelligence, human resource development, pharmaceuticals, defence equipment and green development', () => {
    expect(sectors('They agreed on hydrogen and artificial intelligence, and on human resource development.', 'en')).toEqual(['energy', 'science_technology', 'education']);
    expect(sectors('Talks covered the pharmaceutical industry, the transfer of defence equipment and green development.', 'en')).toEqual(['health', 'military_technical', 'environment']);
    expect(sectors('chemicals and pharmaceuticals diverted by traffickers', 'en')).toEqual([]);
  });
  it('reads railways and water use in Russian', () => {
    expect(sectors('Обсуждены строительство железной дороги и вопросы водопользования.', 'ru')).toEqual(['transport_logistics', 'environment']);
  });
  it('reads French grid, fishing and security words for what they are, and a project\'s financing as its area', () => {
    expect(sectors("Le projet porte sur le réseau de transport d'électricité et l'électrification rurale.", 'fr')).toEqual(['energy']);
    expect(sectors('Ils ont évoqué la sécurité maritime et la pêche maritime.', 'fr')).toEqual(['security_defence', 'agriculture']);
    expect(sectors("Convention de financement du programme d'appui à l'enseignement technique.", 'fr')).toEqual(['education']);
    expect(sectors('La ministre est arrivée à Cotonou.', 'fr')).toEqual([]);
    expect(sectors('Ils ont salué la filière du coton.', 'fr')).toEqual(['agriculture']);
  });
  it('reads further French terms of cooperation', () => {
    expect(sectors("Coopération dans les domaines du patrimoine, des musées et de la protection civile.", 'fr')).toEqual(['culture', 'humanitarian']);
    expect(sectors("Ils souhaitent accroître les exportations de produits pétroliers et la formation des ressources humaines.", 'fr')).toEqual(['trade', 'oil_gas', 'education']);
    expect(sectors("Ils ont évoqué le cessez-le-feu, la réadmission des migrants et l'allègement de la dette.", 'fr')).toEqual(['security_defence', 'other', 'finance']);
    expect(sectors("Ils ont discuté des minéraux critiques et de la mobilité des jeunes professionnels.", 'fr')).toEqual(['geology_mining', 'other']);
  });
});
