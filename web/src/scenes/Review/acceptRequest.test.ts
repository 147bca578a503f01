import { describe, expect, it } from 'vitest';
import { buildAcceptRequest } from './acceptRequest.js';

const decisions = {
  states: { eng1: 'accepted', par1: 'rejected', agr1: 'pending', agr2: 'accepted' } as const,
  links: { eng1: 'new', par1: 'per_9' },
  edits: { agr2: { title: 'Agreement on X' }, par1: { name: 'Y' }, eng1: {} },
};

describe('buildAcceptRequest', () => {
  it('accepts everything not rejected when accepting all', () => {
    const req = buildAcceptRequest(decisions, 'all');
    expect(req.items).toBeUndefined();
    expect(req.reject).toEqual(['par1']);
  });

  it('names only the marked items when accepting the selection', () => {
    expect(buildAcceptRequest(decisions, 'selected').items).toEqual(['eng1', 'agr2']);
  });

  it('drops links and edits of rejected items and empty edits', () => {
    const req = buildAcceptRequest(decisions, 'selected');
    expect(req.links).toEqual({ eng1: 'new' });
    expect(req.edits).toEqual({ agr2: { title: 'Agreement on X' } });
  });
});
