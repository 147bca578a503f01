import type { CountryCode, InstrumentAction, InstrumentActionType, InstrumentStatus } from '../../contracts/index.js';

/** What each action makes of a party's status. Actions that leave it unchanged are absent. */
const EFFECT: Partial<Record<InstrumentActionType, InstrumentStatus>> = {
  announcement: 'announced',
  negotiation_opened: 'under_negotiation',
  negotiation_concluded: 'announced',
  initialled: 'initialled',
  signature: 'signed',
  ratification: 'ratified',
  acceptance: 'ratified',
  approval: 'ratified',
  accession: 'ratified',
  domestic_procedures_completed: 'ratified',
  provisional_application: 'provisionally_applied',
  entry_into_force: 'in_force',
  suspension: 'suspended',
  resumption: 'in_force',
  denunciation: 'terminated',
  termination: 'terminated',
  // Russia withdrew its CTBT ratification in 2023 and stays a signatory: status goes backwards.
  withdrawal_of_ratification: 'signed',
  expiry: 'expired',
  renewal: 'in_force',
};

/** Progress order, for the overall status of an instrument whose parties stand at different steps. */
const PROGRESS: InstrumentStatus[] = [
  'unknown', 'announced', 'under_negotiation', 'initialled', 'signed', 'ratified', 'provisionally_applied', 'in_force',
];
const ENDED: InstrumentStatus[] = ['suspended', 'terminated', 'expired'];

/** Sort key of a fuzzy date: undated actions keep their order after dated ones of the same list. */
function dateKey(action: InstrumentAction): string {
  return action.effectiveDate ?? action.date ?? '';
}

/**
 * Derives each party's status from the dated actions (ANCHORS.md §1: status is per party and not
 * monotonic), and the instrument's overall status.
 * @param parties the parties' country codes
 * @param actions the instrument's actions in any order; joint actions (countryCode null) apply to all
 * @returns overall status and per-party status
 */
export function deriveInstrumentStatus(
  parties: CountryCode[],
  actions: InstrumentAction[],
): { status: InstrumentStatus; partyStatus: Array<{ countryCode: CountryCode; status: InstrumentStatus }> } {
  const ordered = actions
    .map((action, index) => ({ action, index }))
    .sort((x, y) => {
      const dx = dateKey(x.action);
      const dy = dateKey(y.action);
      // Undated actions are taken in the order they were recorded, after the dated ones.
      if (dx === dy) return x.index - y.index;
      if (dx === '') return 1;
      if (dy === '') return -1;
      return dx < dy ? -1 : 1;
    })
    .map((x) => x.action);

  const current = new Map<CountryCode, InstrumentStatus>(parties.map((p) => [p, 'unknown']));
  for (const action of ordered) {
    const effect = EFFECT[action.type];
    if (!effect) continue;
    const targets = action.countryCode ? [action.countryCode] : parties;
    for (const party of targets) {
      if (!current.has(party)) continue;
      const before = current.get(party) ?? 'unknown';
      // A joint signature does not undo a party's later steps recorded without a date.
      if (!action.countryCode && PROGRESS.includes(effect) && PROGRESS.includes(before)
        && PROGRESS.indexOf(before) > PROGRESS.indexOf(effect) && dateKey(action) === '') continue;
      current.set(party, effect);
    }
  }
  const partyStatus = parties.map((countryCode) => ({ countryCode, status: current.get(countryCode) ?? 'unknown' }));
  return { status: overallStatus(partyStatus.map((p) => p.status)), partyStatus };
}

function overallStatus(statuses: InstrumentStatus[]): InstrumentStatus {
  if (statuses.length === 0) return 'unknown';
  const ended = statuses.filter((s) => ENDED.includes(s));
  // Terminated or expired for one side of a bilateral instrument ends it; suspension likewise.
  if (ended.length > 0) {
    for (const s of ['terminated', 'expired', 'suspended'] as const) if (ended.includes(s)) return s;
  }
  let lowest = PROGRESS.length - 1;
  for (const s of statuses) lowest = Math.min(lowest, PROGRESS.indexOf(s));
  // Ratified by one side only: still "signed" overall, the per-party status tells the rest.
  return PROGRESS[lowest] ?? 'unknown';
}

/** The action an extracted agreement status stands for. */
export function actionForExtractedStatus(status: 'signed' | 'announced' | 'under_negotiation' | 'ratified' | 'in_force'): InstrumentActionType {
  switch (status) {
    case 'signed': return 'signature';
    case 'announced': return 'announcement';
    case 'under_negotiation': return 'negotiation_opened';
    case 'ratified': return 'ratification';
    case 'in_force': return 'entry_into_force';
  }
}
