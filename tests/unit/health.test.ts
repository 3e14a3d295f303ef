import { describe, expect, it } from 'vitest';
import { addEvents, healthLine, today, type HealthEvent } from '../../utils/health';

describe('the health view (counts and days, never text)', () => {
  it('counts composers per surface, checks, dialogs and what became of handed-on posts, per site', () => {
    const events: Array<[string, HealthEvent]> = [
      ['x', { kind: 'composer', surface: 'post' }],
      ['x', { kind: 'composer', surface: 'post' }],
      ['x', { kind: 'checked' }],
      ['x', { kind: 'dialog' }],
      ['x', { kind: 'delivered' }],
      ['messenger', { kind: 'checked' }],
      ['messenger', { kind: 'pressedAgain' }],
    ];
    const health = addEvents({}, events, '2026-11-30');
    expect(health.x).toEqual({
      surfaces: { post: { seen: 2, lastSeen: '2026-11-30' } },
      checked: 1,
      dialogs: 1,
      replaysDelivered: 1,
      replaysPressedAgain: 0,
      lastWorking: '2026-11-30',
    });
    const later = addEvents(health, [['x', { kind: 'composer', surface: 'dm' }]], '2026-12-01');
    expect(later.x!.surfaces).toEqual({ post: { seen: 2, lastSeen: '2026-11-30' }, dm: { seen: 1, lastSeen: '2026-12-01' } });
    expect(later.x!.lastWorking).toBe('2026-12-01');
    // The stored value was not changed in place.
    expect(health.x!.surfaces.dm).toBeUndefined();
    expect(healthLine(later, ['x', 'instagram', 'facebook', 'messenger'])).toBe(
      'twijfelcheck-health x post:2@2026-11-30,dm:1@2026-12-01 checked:1 dialogs:1 replays:1/0 last:2026-12-01; messenger - checked:1 dialogs:0 replays:0/1 last:2026-11-30',
    );
    expect(healthLine({}, ['x'])).toBe('twijfelcheck-health -');
  });

  it('a day is a date in local time, no hour', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
