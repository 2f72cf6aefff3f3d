import type { Strings } from '../i18n/lang';

/** Narration and errors of `stackops.ts` (the plain stack of chapter 2), en + ko. */
export const STACKOPS_MESSAGES = {
  'stackops.push': {
    en: 'push {value}: {value} goes on top. The stack now holds {size} value(s).',
    ko: 'push {value}: {value} 를 꼭대기에 올립니다. 이제 스택에 값이 {size}개 있습니다.',
  },
  'stackops.pop': {
    en: 'pop: take {value} off the top and return it. {size} value(s) remain.',
    ko: 'pop: 꼭대기의 {value} 를 꺼내 돌려줍니다. 남은 값은 {size}개입니다.',
  },
  'stackops.peek': {
    en: 'peek: the top is {value}. It stays on the stack.',
    ko: 'peek: 꼭대기 값은 {value} 입니다. 꺼내지 않으므로 스택은 그대로입니다.',
  },
  'stackops.popEmpty': {
    en: 'pop on an empty stack: underflow! There is nothing to take; the stack stays empty.',
    ko: '빈 스택에 pop 을 했습니다. 언더플로(underflow)입니다! 꺼낼 값이 없으므로 스택은 그대로 비어 있습니다.',
  },
  'stackops.peekEmpty': {
    en: 'peek on an empty stack: underflow! There is no top to look at.',
    ko: '빈 스택에 peek 을 했습니다. 언더플로(underflow)입니다! 들여다볼 꼭대기 값이 없습니다.',
  },
  'stackops.overflow': {
    en: 'push {value}: the stack is full ({capacity} values), overflow! {value} is not pushed.',
    ko: 'push {value}: 스택이 가득 찼습니다(최대 {capacity}개). 오버플로(overflow)이므로 {value} 는 들어가지 못합니다.',
  },
  'stackops.error.missingValue': {
    en: "'push' needs a value (position {index}).",
    ko: "'push' 뒤에 넣을 값을 적어야 합니다({index}번 위치).",
  },
  'stackops.error.missingValueOp': {
    en: "Operation {op}: 'push' needs a value.",
    ko: "{op}번째 연산: 'push' 뒤에 넣을 값을 적어야 합니다.",
  },
  'stackops.error.badCapacity': {
    en: "The capacity must be a whole number of at least 1 (got '{capacity}').",
    ko: "스택 크기(capacity)는 1 이상의 정수여야 합니다('{capacity}' 를 받았습니다).",
  },
} satisfies Strings;
