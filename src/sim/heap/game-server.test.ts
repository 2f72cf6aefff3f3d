import { tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt } from '../errors';
import { FIT_POLICIES } from './model';
import { MINUTES_PER_DAY, onlineTarget, simulateGameServer } from './game-server';

describe('simulateGameServer', { timeout: 30_000 }, () => {
  const day = simulateGameServer();

  it('the default day: 1000 members, 256-byte records, a 272-byte block each, sampled every 10 minutes', () => {
    expect(simulateGameServer()).toEqual(day);
    expect(day.options.members).toBe(1000);
    expect(day.blockBytes).toBe(256 + 16);
    expect(day.samples).toHaveLength(MINUTES_PER_DAY / 10 + 1);
    expect(day.hours.map((h) => h.minute)).toEqual(Array.from({ length: 25 }, (_, h) => h * 60));
    // A holds the whole array all day, whoever is online
    expect(new Set(day.samples.map((s) => s.arrayBytes))).toEqual(new Set([256_000]));
  });

  it('B holds one block per player online, and its heap top is never below what it holds', () => {
    for (const s of day.samples) {
      expect(s.heapLive).toBe(s.online * day.blockBytes);
      expect(s.heapTop).toBeGreaterThanOrEqual(s.heapLive);
      expect(s.holes).toBe(s.heapTop - s.heapLive);
      expect(s.heapTop % day.blockBytes).toBe(0);
    }
    expect(day.peakHeapLive).toBeGreaterThanOrEqual(Math.max(...day.samples.map((s) => s.heapLive)));
    expect(day.peakHeapTop).toBeGreaterThanOrEqual(day.peakHeapLive);
    expect(day.logins - day.logouts).toBe(day.samples.at(-1)!.online - day.samples[0]!.online);
  });

  it('about 100 online in the evening, far fewer in the morning, and B far below A', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const d = simulateGameServer({ seed });
      expect(d.peakOnline).toBeGreaterThan(85);
      expect(d.peakOnline).toBeLessThan(135);
      expect(d.hours[21]!.online).toBeGreaterThan(3 * d.hours[9]!.online);
      expect(d.peakHeapTop).toBeLessThan(d.samples[0]!.arrayBytes / 4);
    }
    expect(onlineTarget(21 * 60, { peakOnline: 100, lowOnline: 15 })).toBeCloseTo(100);
    expect(onlineTarget(9 * 60, { peakOnline: 100, lowOnline: 15 })).toBeCloseTo(15);
  });

  it('who is online does not depend on how the records are kept (policy), only the layout does', () => {
    const online = (policy: (typeof FIT_POLICIES)[number]) => simulateGameServer({ seed: 7, policy }).samples.map((s) => s.online);
    const first = online('first-fit');
    for (const p of FIT_POLICIES) expect(online(p)).toEqual(first);
  });

  it('invariants for any small game (reference: a count of live records)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom(...FIT_POLICIES),
        (seed, members, recordSize, policy) => {
          const peak = Math.max(1, Math.floor(members / 3));
          const d = simulateGameServer({ seed, members, recordSize, policy, peakOnline: peak, lowOnline: Math.min(peak, 1), sessionMinutes: 30 });
          const block = Math.max(16, Math.ceil(recordSize / 16) * 16) + 16;
          expect(d.blockBytes).toBe(block);
          for (const s of d.samples) {
            expect(s.online).toBeGreaterThanOrEqual(0);
            expect(s.online).toBeLessThanOrEqual(members);
            expect(s.heapLive).toBe(s.online * block);
            expect(s.heapTop).toBeLessThanOrEqual(members * block);
            expect(s.arrayBytes).toBe(members * recordSize);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('bad options are SimErrors with a message in both languages', () => {
    for (const o of [{ members: 0 }, { recordSize: 0 }, { peakOnline: 2000 }, { sessionMinutes: 0.5 }, { policy: 'any-fit' as never }, { lowOnline: -1 }]) {
      const r = attempt(() => simulateGameServer(o));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad-option');
        expect(tableOf(['error.game.'])[r.error.key as string]).toBeDefined();
      }
    }
  });
});
