import { describe, expect, it } from 'vitest';
import { codeEngagement, engagementLevel } from '../engagements/coding.js';
import { fold } from '../text/index.js';
import { datesAgree } from './engagements.js';
import { namesAgree, nameKeys } from './people.js';
import { romanize } from './translit.js';

describe('linking rules', () => {
  it('romanises Russian names so Cyrillic and Latin spellings meet', () => {
    expect(romanize(fold('Владимир Путин'))).toBe('vladimir putin');
    expect(romanize(fold('Ассими Гойта'))).toBe(fold('Assimi Goïta'));
    expect(nameKeys(['Сергей Лавров'])).toContain('sergei lavrov');
  });
  it('takes a surname alone for the full name, not another surname', () => {
    expect(namesAgree('putin', 'vladimir putin')).toBe(true);
    expect(namesAgree('vladimir putin', 'vladimir zelensky')).toBe(false);
  });
  it('lets a year-unknown date meet the full date of the same day only', () => {
    expect(datesAgree('--06-23', '2025-06-23')).toBe(true);
    expect(datesAgree('2025-06-23', '2025-06-23')).toBe(true);
    expect(datesAgree('2025-06', '2025-06')).toBe(false);
    expect(datesAgree('--06-24', '2025-06-23')).toBe(false);
  });
  it('codes engagements for interchange; a planned meeting is a promise', () => {
    expect(codeEngagement('phone_call', 'held')).toEqual({ plover: 'CONSULT', ploverMode: 'phone', cameo: '041' });
    expect(codeEngagement('official_visit', 'planned').cameo).toBe('036');
    expect(codeEngagement('other', 'held').plover).toBe('SUPPORT');
    expect(engagementLevel(['minister', 'head_of_state'])).toBe(1);
    expect(engagementLevel([null])).toBeNull();
  });
});
