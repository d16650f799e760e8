import { describe, expect, it } from 'vitest';
import { createsMember, did, NO_STEPS, steps, withStep } from '../src/model.js';

describe('step lists', () => {
  it('behave as lists of the steps in the order they were added', () => {
    const done = withStep(withStep(NO_STEPS, 'create'), 'invite');
    expect(done).toEqual(['create', 'invite']);
    expect([...done]).toEqual(['create', 'invite']);
    expect(done.length).toBe(2);
    expect(done.includes('invite')).toBe(true);
    expect(JSON.stringify({ done })).toBe('{"done":["create","invite"]}');
    expect(did({ done }, 'create')).toBe(true);
    expect(did({ done }, 'remove')).toBe(false);
    expect(NO_STEPS).toEqual([]);
  });

  it('are one shared list per distinct list of steps', () => {
    const a = withStep(withStep(NO_STEPS, 'create'), 'invite');
    const b = withStep(steps('create'), 'invite');
    expect(a).toBe(b);
    expect(steps('create', 'invite')).toBe(a);
    expect(withStep(NO_STEPS, 'create')).toBe(steps('create'));
    expect(steps()).toBe(NO_STEPS);
    // The order is part of the list.
    expect(steps('invite', 'create')).not.toBe(a);
  });

  it('cannot be changed, so one outcome cannot change another', () => {
    const done = steps('create');
    expect(Object.isFrozen(done)).toBe(true);
    expect(Object.isFrozen(NO_STEPS)).toBe(true);
    expect(() => (done as string[]).push('invite')).toThrow(TypeError);
    const next = withStep(done, 'invite');
    expect(done).toEqual(['create']);
    expect(next).toEqual(['create', 'invite']);
  });

  it('take a list that was not made by them (a test fixture) as its steps', () => {
    const fixture = ['create'] as const;
    expect(withStep(fixture, 'accept')).toBe(steps('create', 'accept'));
  });
});

describe('createsMember', () => {
  it('is true for a new member and for a Removed member brought back, and for nothing else', () => {
    expect(createsMember({ action: 'create', before: 'None' })).toBe(true);
    expect(createsMember({ action: 'reinvite', before: 'Removed' })).toBe(true);
    expect(createsMember({ action: 'reinvite', before: 'Resigned' })).toBe(false);
    expect(createsMember({ action: 'reinvite', before: 'Invited' })).toBe(false);
    expect(createsMember({ action: 'invite', before: 'Created' })).toBe(false);
    expect(createsMember({ action: 'skip', before: 'Removed' })).toBe(false);
  });
});
