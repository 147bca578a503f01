import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../core/errors.js';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('detects English, short and long', () => {
    expect(detectLanguage('Talks held today.')).toBe('en');
    expect(detectLanguage('The two ministers met in the capital and reviewed the progress of the joint commission on trade, energy and transport. They agreed to meet again next year.')).toBe('en');
  });

  it('detects French, short and long', () => {
    expect(detectLanguage('Entretien téléphonique.')).toBe('fr');
    expect(detectLanguage('Le ministre a reçu son homologue pour évoquer la coopération économique entre les deux pays ainsi que la situation régionale.')).toBe('fr');
  });

  it('detects Russian, short and long', () => {
    expect(detectLanguage('Переговоры.')).toBe('ru');
    expect(detectLanguage('Министр принял своего коллегу для обсуждения экономического сотрудничества между двумя странами и ситуации в регионе.')).toBe('ru');
  });

  it('uses stop words to decide short Latin texts', () => {
    expect(detectLanguage('Visite du ministre.')).toBe('fr');
    expect(detectLanguage('Visit of the minister.')).toBe('en');
  });

  it('keeps English with a Russian name in Cyrillic as English', () => {
    expect(detectLanguage('President Biden spoke with Владимир Путин about the situation in the region and the next steps.')).toBe('en');
  });

  it('keeps Russian with a Latin-script company name as Russian', () => {
    expect(detectLanguage('Стороны обсудили проекты компании Rosatom Energy Projects и сотрудничество в энергетике.')).toBe('ru');
  });

  it('refuses a text clearly in another Latin-script language and names it', () => {
    const es = 'El ministro recibió a su homólogo para discutir la cooperación económica entre los dos países y la seguridad regional.';
    expect(() => detectLanguage(es)).toThrow(UnreadableDocumentError);
    expect(() => detectLanguage(es)).toThrow(/Spanish/);
    expect(() => detectLanguage('Der Minister empfing seinen Amtskollegen, um die wirtschaftliche Zusammenarbeit zwischen beiden Ländern zu besprechen.')).toThrow(/German/);
  });

  it('refuses Ukrainian although it is Cyrillic', () => {
    expect(() => detectLanguage('Міністр прийняв свого колегу для обговорення економічного співробітництва між двома країнами.')).toThrow(/Ukrainian/);
  });

  it('refuses a text in another script, and a text without letters', () => {
    expect(() => detectLanguage('外交部长会见了来访的外交部长，双方讨论了双边关系和经贸合作。外交部长会见了来访的外交部长，双方讨论了双边关系和经贸合作。')).toThrow(/script other than Latin or Cyrillic/);
    expect(() => detectLanguage('12345 — 678')).toThrow(/no letters/);
  });
});
