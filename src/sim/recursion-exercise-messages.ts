// Strings of the chapter 3 / 5 exercises' reasons and the argument parser (en + ko).
import type { Strings } from '../i18n/lang';

export const RECURSION_EXERCISE_MESSAGES = {
  'callstack.why.push': {
    en: 'Line {line} of {caller} calls {call}: a new frame for {call} (n = {n}) is pushed on top of the stack.',
    ko: '{caller} 의 {line}번 줄이 {call} 을 호출합니다. {call} 의 새 프레임(n = {n})이 스택 맨 위에 push 됩니다.',
  },
  'callstack.why.pop': {
    en: '{call} reaches a return with the value {value}: its frame is popped, and {value} goes back to {to} (line {line}).',
    ko: '{call} 이 return 에 도달해 {value} 를 돌려줍니다. 이 프레임은 pop 되고, {value} 는 {to} ({line}번 줄)로 돌아갑니다.',
  },
  'callstack.why.popTop': {
    en: '{call} returns {value}: the last frame is popped and {value} goes back to the caller at the top level.',
    ko: '{call} 이 {value} 를 돌려줍니다. 마지막 프레임이 pop 되고 {value} 는 최상위 호출 지점으로 돌아갑니다.',
  },
  'error.callstack.arity': {
    en: 'This program takes {count} argument(s): {names}, separated by commas.',
    ko: '이 프로그램의 인자는 {count}개({names})이며, 쉼표로 구분해 적습니다.',
  },
} satisfies Strings;
