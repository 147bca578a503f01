import { describe, expect, it } from 'vitest';
import { bodyKind } from './bodies.js';
import { findChannels } from './channels.js';
import { segment } from './segment.js';
import { findStatements } from './statements.js';

describe('bodies, statements and channels', () => {
  it('names the kind of a body', () => {
    expect(bodyKind('Intergovernmental Commission on Trade')).toBe('intergovernmental_commission');
    expect(bodyKind('Рабочая группа по энергетике')).toBe('working_group');
    expect(bodyKind('Dialogue stratégique franco-indien')).toBe('strategic_dialogue');
  });
  it('reads a trade remark with its trend in each language', () => {
    const st = (t: string, lang: 'en' | 'fr' | 'ru') => findStatements(segment(t).sentences, lang).map((s) => [s.topic, s.trend]);
    expect(st('Bilateral trade grew by 12 percent last year.', 'en')).toEqual([['trade', 'up']]);
    expect(st('Les échanges commerciaux restent modestes.', 'fr')).toEqual([['trade', 'stable']]);
    expect(st('Товарооборот снизился на 5 процентов.', 'ru')).toEqual([['trade', 'down']]);
  });
  it('lists the channels a text names', () => {
    expect(findChannels('Contacts between the parliaments and the foreign ministers are regular.', 'en', ['head_of_state'], false).sort())
      .toEqual(['foreign_ministers', 'head_of_state', 'parliamentary']);
    expect(findChannels('Развиваются межпарламентские связи.', 'ru', [], true).sort()).toEqual(['commission', 'parliamentary']);
  });
});
