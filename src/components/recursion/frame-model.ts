// Chapter 3's simulated frames as FrameView draws them.
import { formatAddress, type Frame } from '../../sim/callstack';
import { formatValue } from '../../sim/programs/types';
import type { FrameModel } from '../views/frame-model';

/** `fn(arg, …)` with the arguments' values. */
export const callOf = (frame: Frame): string => `${frame.fn}(${frame.args.map((a) => formatValue(a.value)).join(', ')})`;

export function callFrameModel(frame: Frame): FrameModel {
  return {
    key: frame.id,
    call: callOf(frame),
    address: formatAddress(frame.address),
    depth: frame.depth,
    line: frame.line,
    size: frame.size,
    slots: [...frame.args, ...frame.locals].map((s) => ({ name: s.name, text: s.value === undefined ? null : formatValue(s.value) })),
    returnsTo: frame.returnTo.line === null ? 'module' : { fn: frame.returnTo.label.split(':')[0] ?? '', line: frame.returnTo.line },
    returning: frame.returning ? formatValue(frame.returnValue) : null,
  };
}
