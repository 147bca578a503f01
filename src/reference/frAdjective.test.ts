import { describe, expect, it } from 'vitest';
import { enDemonymForms } from './enDemonym.js';
import { frAdjectiveForms, frDemonymForms } from './frAdjective.js';

describe('frAdjectiveForms', () => {
  it('inflects by the regular rules', () => {
    expect(frAdjectiveForms('malien')).toEqual(['malien', 'malienne', 'maliens', 'maliennes']);
    expect(frAdjectiveForms('français')).toEqual(['français', 'française', 'françaises']);
    expect(frAdjectiveForms('russe')).toEqual(['russe', 'russes']);
    expect(frAdjectiveForms('turc')).toEqual(['turc', 'turque', 'turcs', 'turques']);
    expect(frAdjectiveForms('colombien')).toContain('colombiennes');
  });

  it('takes irregular feminines from the data', () => {
    expect(frAdjectiveForms('grec|grecque')).toEqual(['grec', 'grecque', 'grecs', 'grecques']);
  });

  it('capitalises demonyms', () => {
    expect(frDemonymForms('malien')).toContain('Maliennes');
  });
});

describe('enDemonymForms', () => {
  it('forms English plurals', () => {
    expect(enDemonymForms('Malian')).toEqual(['Malian', 'Malians']);
    expect(enDemonymForms('Congolese')).toEqual(['Congolese']);
    expect(enDemonymForms('Frenchman')).toEqual(['Frenchman', 'Frenchmen']);
    expect(enDemonymForms('Swiss')).toEqual(['Swiss']);
  });
});
