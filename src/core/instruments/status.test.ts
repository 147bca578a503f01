import { describe, expect, it } from 'vitest';
import type { InstrumentAction } from '../../contracts/index.js';
import { deriveInstrumentStatus } from './status.js';

const act = (type: InstrumentAction['type'], date: string | null, countryCode: string | null = null): InstrumentAction =>
  ({ type, date, countryCode, effectiveDate: null, place: null, note: null, sourceId: null });

describe('deriveInstrumentStatus', () => {
  it('is signed for both after a joint signature', () => {
    const r = deriveInstrumentStatus(['RU', 'ML'], [act('signature', '2025-06-23')]);
    expect(r.status).toBe('signed');
    expect(r.partyStatus.map((p) => p.status)).toEqual(['signed', 'signed']);
  });
  it('keeps status per party: ratified by one side only is signed overall', () => {
    const r = deriveInstrumentStatus(['RU', 'ML'], [act('ratification', '2025-09-01', 'RU'), act('signature', '2025-06-23')]);
    expect(r.partyStatus).toEqual([{ countryCode: 'RU', status: 'ratified' }, { countryCode: 'ML', status: 'signed' }]);
    expect(r.status).toBe('signed');
  });
  it('goes backwards when a ratification is withdrawn', () => {
    const r = deriveInstrumentStatus(['RU', 'US'], [
      act('signature', '1996-09-24'), act('ratification', '2000-06-30', 'RU'), act('withdrawal_of_ratification', '2023-11-02', 'RU'),
    ]);
    expect(r.partyStatus[0]).toEqual({ countryCode: 'RU', status: 'signed' });
  });
  it('is in force after entry into force, terminated once denounced', () => {
    const inForce = [act('signature', '2020-01-01'), act('entry_into_force', '2021-01-01')];
    expect(deriveInstrumentStatus(['FR', 'CO'], inForce).status).toBe('in_force');
    expect(deriveInstrumentStatus(['FR', 'CO'], [...inForce, act('denunciation', '2024-01-01', 'CO')]).status).toBe('terminated');
  });
  it('is unknown with no action, and announced when only announced', () => {
    expect(deriveInstrumentStatus(['FR', 'CO'], []).status).toBe('unknown');
    expect(deriveInstrumentStatus(['FR', 'CO'], [act('announcement', null)]).status).toBe('announced');
  });
});
