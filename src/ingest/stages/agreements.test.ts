import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/index.js';
import { buildAgreements } from './agreements.js';
import { findDates } from './dates.js';
import { findInstruments } from './instruments.js';
import { findSectorMentions } from './sectors.js';
import { segment } from './segment.js';

function agreements(text: string, lang: Language, parties = ['FR', 'SN'], titleEnd = 0) {
  const sentences = segment(text).sentences;
  const mentions = findInstruments(text, lang, sentences, findDates(text, lang, null), titleEnd);
  return buildAgreements(text, lang, mentions, findSectorMentions(text, lang), sentences, titleEnd, parties);
}

describe('buildAgreements', () => {
  it('makes an agreement between states named formally interstate, but not an executive letter or memorandum', () => {
    const levels = (t: string) => agreements(t, 'en', ['CL', 'PE']).map((x) => x.level);
    expect(levels('They signed the Agreement between the Republic of Chile and the Republic of Peru on Border Crossings.')).toEqual(['interstate']);
    expect(levels('They signed a Letter of Agreement in the field of customs cooperation between the Republic of Chile and the Republic of Peru.')).toEqual(['intergovernmental']);
    expect(levels('They signed an Agreement on Border Crossings between Chile and Peru.')).toEqual(['intergovernmental']);
    expect(levels('The Speakers signed a Memorandum of Understanding between the National Assembly of Chile and the Congress of Peru.')).toEqual(['interagency']);
  });
  it('keeps apart two Russian agreements that share their parties and differ in their topic, and makes one between states named interstate', () => {
    const t = 'Отмечено вступление в силу Соглашения между Правительством Республики Армения и Правительством Республики Болгария о сотрудничестве в области туризма. Продолжена работа над проектом Соглашения между Правительством Республики Армения и Правительством Республики Болгария о сотрудничестве в области энергетики. Ратифицировано Соглашение о социальном обеспечении между Республикой Армения и Республикой Болгария.';
    expect(agreements(t, 'ru', ['AM', 'BG']).map((x) => [x.status, x.level])).toEqual([['in_force', 'intergovernmental'], ['under_negotiation', 'intergovernmental'], ['ratified', 'interstate']]);
  });
  it('merges the headline and the body mention of one instrument, keeping the body wording', () => {
    const t = 'The US-Chile Tax Treaty Enters into Force\n\nThe U.S.-Chile Tax Treaty entered into force on December 19.';
    const a = agreements(t, 'en', ['US', 'CL'], t.indexOf('\n'));
    expect(a.map((x) => [x.mention.title, x.status, x.level])).toEqual([['U.S.-Chile Tax Treaty', 'in_force', 'interstate']]);
  });
  it('sets the level from the parties the title names', () => {
    const t = "Ont été signés : 1. Accord entre le Gouvernement de la République française et le Gouvernement de la République du Sénégal relatif à la mobilité ;\n2. Protocole entre le ministère de l'Intérieur et la Police nationale du Sénégal sur la formation ;\n3. Traité d'amitié entre la France et le Sénégal.";
    expect(agreements(t, 'fr').map((x) => x.level)).toEqual(['intergovernmental', 'interagency', 'interstate']);
  });
  it('gives multilateral non-binding accords the level "other"', () => {
    expect(agreements('They signed the Oceans Charter Accords on marine cooperation.', 'en', ['US', 'FR', 'JP']).map((x) => x.level)).toEqual(['other']);
  });
  it('upgrades the status from a later "the agreement entered into force"', () => {
    const t = 'The Agreement on Air Services was signed in 2019. After ratification, the agreement entered into force last month.';
    expect(agreements(t, 'en').map((x) => x.status)).toEqual(['in_force']);
  });
  it('does not list a joint statement that is the text itself', () => {
    const t = 'Joint Statement on Energy Cooperation\n\nThe sides adopted this Joint Statement on Energy Cooperation.';
    expect(agreements(t, 'en', ['US', 'FR'], t.indexOf('\n'))).toEqual([]);
  });
  it('reads Russian levels from the parties and merges a repeated mention', () => {
    const t = 'Подписаны документы:\n1. Соглашение между Правительством Российской Федерации и Правительством Республики Беларусь о сотрудничестве в области связи.\n2. Меморандум между Министерством здравоохранения Российской Федерации и Министерством здравоохранения Республики Беларусь.\nСтороны отметили важность Соглашения о сотрудничестве в области связи.';
    expect(agreements(t, 'ru', ['RU', 'BY']).map((x) => x.level)).toEqual(['intergovernmental', 'interagency']);
  });
  it('reads parties named as states after "entre la" as interstate, and councils, boards and centres as agencies', () => {
    const t = "Les accords suivants ont été signés :\n- Accord de coopération dans le domaine de la défense entre la République du Bénin et la République du Niger ;\n- Convention d'extradition entre la Belgique et le Maroc ;\n- Protocole d'entente entre le Conseil national du coton et le Cotton Board du Togo.";
    expect(agreements(t, 'fr', ['BJ', 'NE']).map((x) => x.level)).toEqual(['interstate', 'interstate', 'interagency']);
  });
  it('reads "Protocole d\'accord" as one protocol, and "la négociation d\'un accord" as under negotiation', () => {
    const t = "Les documents suivants ont été signés :\n1. Protocole d'accord relatif à la pêche artisanale ;\n2. Accord sur le transport aérien.\nIls ont aussi évoqué la négociation d'un accord sur la protection des investissements.";
    expect(agreements(t, 'fr').map((x) => [x.mention.title, x.status])).toEqual([
      ["Protocole d'accord relatif à la pêche artisanale", 'signed'], ['Accord sur le transport aérien', 'signed'], ['Accord sur la protection des investissements', 'under_negotiation']]);
  });
  it('gives a Russian document between companies the level "other", and reads "предполагается подписать" as announced', () => {
    const t = 'Подписан Меморандум о сотрудничестве между ПАО «Северсталь» и Казахстанской горнорудной компанией о поставках руды.';
    expect(agreements(t, 'ru', ['RU', 'KZ']).map((x) => x.level)).toEqual(['other']);
    const f = 'По итогам визита предполагается подписать Соглашение между Правительством Российской Федерации и Правительством Республики Чили о сотрудничестве в области образования.';
    expect(agreements(f, 'ru', ['RU', 'CL']).map((x) => x.status)).toEqual(['announced']);
  });
  it('makes a French protocol between archives, institutes or academies interagency', () => {
    expect(agreements("Ils ont signé le protocole d'accord entre l'Institut national de la statistique du Niger et l'Institut national de la statistique du Bénin.", 'fr', ['NE', 'BJ']).map((a) => a.level))
      .toEqual(['interagency']);
  });
  it('takes a short reference to a fuller title of the same kind for that document, not another', () => {
    const t = "Les députés ont ratifié la Convention entre le Gouvernement du Niger et le Gouvernement du Bénin en vue d'éviter les doubles impositions et de prévenir la fraude fiscale. Selon le ministre, la convention fiscale rassurera les investisseurs.";
    expect(agreements(t, 'fr', ['NE', 'BJ']).map((a) => [a.mention.title.slice(0, 20), a.status])).toEqual([['Convention entre le ', 'ratified']]);
    const two = "Ils ont signé la convention de coopération culturelle entre le Gouvernement du Niger et le Gouvernement du Bénin et une convention fiscale.";
    expect(agreements(two, 'fr', ['NE', 'BJ'])).toHaveLength(2);
  });
});

describe('buildAgreements: in force by anaphora', () => {
  it('upgrades the only document of its kind that a later "in force" refers to, and not two of a kind', () => {
    const one = 'The Parties signed the Agreement on Air Services between Chile and Peru. The agreement will then be in force for ten years.';
    expect(agreements(one, 'en', ['CL', 'PE']).map((x) => x.status)).toEqual(['in_force']);
    const two = 'The Parties signed the Agreement on Air Services and the Agreement on Fisheries Cooperation. The agreement is in force.';
    expect(agreements(two, 'en', ['CL', 'PE']).map((x) => x.status)).toEqual(['signed', 'signed']);
  });
});
