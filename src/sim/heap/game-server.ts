import { SimError } from '../errors';
import { createRng } from '../rng';
import { createAllocator, FIT_POLICIES, needOf, heapConfig, type FitPolicy } from './model';

/**
 * The seed article's game server (chapter 6): a game with 1000 members, about 100 of them
 * online in the evening. Two ways to keep the player records:
 *
 * - A: a static array of one record per member, reserved before the first login;
 * - B: malloc a record when a player logs in and free it when the player logs out
 *   (createAllocator, first-fit by default).
 *
 * A simulated day, minute by minute and seeded: the number online follows a daily curve
 * (fewest at 09:00, most at 21:00). Each minute every online player logs out with probability
 * 1/sessionMinutes and every offline member logs in with the probability that keeps the
 * expected number online on the curve. B's heap is big enough for every member at once, so
 * malloc never fails; what B holds is its live blocks (payload + header), and how far into
 * the heap they reach (`heapTop`), since a brk heap is given back to the system only from
 * its top.
 */

export interface GameServerOptions {
  seed?: number;
  /** Members of the game (default 1000). */
  members?: number;
  /** Bytes of one player record (default 256). */
  recordSize?: number;
  /** Expected players online at 21:00 (default 100). */
  peakOnline?: number;
  /** Expected players online at 09:00 (default 15). */
  lowOnline?: number;
  /** Mean length of a session in minutes (default 60). */
  sessionMinutes?: number;
  /** B's placement policy (default first-fit). */
  policy?: FitPolicy;
}

export const GAME_SERVER_DEFAULTS = {
  seed: 1,
  members: 1000,
  recordSize: 256,
  peakOnline: 100,
  lowOnline: 15,
  sessionMinutes: 60,
  policy: 'first-fit' as FitPolicy,
} as const;

export const MINUTES_PER_DAY = 24 * 60;
/** Minutes between two samples of the day. */
export const SAMPLE_EVERY = 10;
const PEAK_HOUR = 21;
const ALIGN = 16;
// The playground's allocator: a 16-byte header. A 256-byte record takes 272 bytes, as with glibc,
// where the 16 are one 8-byte size word plus 8 bytes of rounding (layout-facts checks it).
const HEADER = 16;

/** The state of both approaches at one minute of the day. */
export interface GameSample {
  readonly minute: number;
  readonly online: number;
  /** A: bytes of the static array (the same all day). */
  readonly arrayBytes: number;
  /** B: bytes of the live blocks, headers included. */
  readonly heapLive: number;
  /** B: bytes from the start of the heap to the end of the highest live block. */
  readonly heapTop: number;
  /** B: free bytes below heapTop (holes between live blocks, headers included). */
  readonly holes: number;
}

export interface GameDay {
  readonly options: Required<GameServerOptions>;
  /** Bytes B's allocator gives one record (the request rounded up to 16, plus a 16-byte header). */
  readonly blockBytes: number;
  /** Every SAMPLE_EVERY minutes from 00:00 to 24:00 (145 samples). */
  readonly samples: readonly GameSample[];
  /** The samples on the hour, 00:00 … 24:00 (25). */
  readonly hours: readonly GameSample[];
  readonly logins: number;
  readonly logouts: number;
  /** The most players online at once, and B's highest heapLive and heapTop (over every minute). */
  readonly peakOnline: number;
  readonly peakMinute: number;
  readonly peakHeapLive: number;
  readonly peakHeapTop: number;
}

/** Expected players online at `minute` (0 … 1440): the daily curve. */
export function onlineTarget(minute: number, o: Pick<Required<GameServerOptions>, 'peakOnline' | 'lowOnline'>): number {
  const phase = (2 * Math.PI * (minute / 60 - PEAK_HOUR)) / 24;
  const bump = ((1 + Math.cos(phase)) / 2) ** 2;
  return o.lowOnline + (o.peakOnline - o.lowOnline) * bump;
}

function badOption(option: string, value: unknown): SimError {
  return new SimError('bad-option', 'error.game.badOption', { option, value: String(value) });
}

function resolve(o: GameServerOptions): Required<GameServerOptions> {
  const r = { ...GAME_SERVER_DEFAULTS, ...o };
  const int = (name: keyof GameServerOptions, v: number, min: number, max: number): void => {
    if (!Number.isSafeInteger(v) || v < min || v > max) throw badOption(name, v);
  };
  int('seed', r.seed, -(2 ** 31), 2 ** 32);
  int('members', r.members, 1, 100_000);
  int('recordSize', r.recordSize, 1, 1 << 20);
  int('sessionMinutes', r.sessionMinutes, 1, MINUTES_PER_DAY);
  if (!Number.isFinite(r.lowOnline) || r.lowOnline < 0) throw badOption('lowOnline', r.lowOnline);
  if (!Number.isFinite(r.peakOnline) || r.peakOnline < r.lowOnline || r.peakOnline >= r.members) throw badOption('peakOnline', r.peakOnline);
  if (!FIT_POLICIES.includes(r.policy)) throw badOption('policy', r.policy);
  return r;
}

/**
 * Runs the day. Deterministic: the same options give the same day. SimError 'bad-option'
 * ('error.game.badOption') for options out of range.
 *
 * @example simulateGameServer().hours[21].online → about 100; .arrayBytes → 256 000
 */
export function simulateGameServer(options: GameServerOptions = {}): GameDay {
  const o = resolve(options);
  const rng = createRng(o.seed);
  const blockBytes = needOf(heapConfig({ size: 64, align: ALIGN, headerSize: HEADER }), o.recordSize) + HEADER;
  const heapSize = o.members * blockBytes;
  const heap = createAllocator({ size: heapSize, policy: o.policy, align: ALIGN, headerSize: HEADER });
  const base = heap.config.base;
  const arrayBytes = o.members * o.recordSize;
  const record: (number | null)[] = new Array<number | null>(o.members).fill(null);
  let online = 0;
  let logins = 0;
  let logouts = 0;

  const login = (i: number): void => {
    const p = heap.malloc(o.recordSize);
    // The heap holds every member at once, so this cannot happen.
    if (p === null) throw new Error('game server heap is full');
    record[i] = p;
    online++;
  };
  const sample = (minute: number): GameSample => {
    let live = 0;
    let top = 0;
    for (const b of heap.snapshot().blocks) {
      if (b.free) continue;
      live += b.size + HEADER;
      top = Math.max(top, b.address + b.size - base);
    }
    return { minute, online, arrayBytes, heapLive: live, heapTop: top, holes: top - live };
  };

  const p0 = onlineTarget(0, o) / o.members;
  for (let i = 0; i < o.members; i++) if (rng.next() < p0) login(i);
  const stay = 1 - 1 / o.sessionMinutes;
  const samples: GameSample[] = [sample(0)];
  let peakOnline = online;
  let peakMinute = 0;
  let peakHeapLive = samples[0]!.heapLive;
  let peakHeapTop = samples[0]!.heapTop;
  for (let minute = 1; minute <= MINUTES_PER_DAY; minute++) {
    const target = onlineTarget(minute, o);
    // Logins that balance the expected logouts: offline · λ = target / sessionMinutes.
    const lambda = target / o.sessionMinutes / (o.members - target);
    for (let i = 0; i < o.members; i++) {
      const p = record[i]!;
      const u = rng.next();
      if (p !== null) {
        if (u >= stay) {
          heap.free(p);
          record[i] = null;
          online--;
          logouts++;
        }
      } else if (u < lambda) {
        login(i);
        logins++;
      }
    }
    const now = sample(minute);
    if (online > peakOnline) {
      peakOnline = online;
      peakMinute = minute;
    }
    peakHeapLive = Math.max(peakHeapLive, now.heapLive);
    peakHeapTop = Math.max(peakHeapTop, now.heapTop);
    if (minute % SAMPLE_EVERY === 0) samples.push(now);
  }
  const hours = samples.filter((s) => s.minute % 60 === 0);
  return {
    options: o,
    blockBytes,
    samples,
    hours,
    logins,
    logouts,
    peakOnline,
    peakMinute,
    peakHeapLive,
    peakHeapTop,
  };
}
