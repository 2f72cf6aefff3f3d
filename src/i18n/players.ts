import type { Strings } from './lang';

/**
 * UI strings of the stack players (src/components/stacks/). Narration comes from the core
 * (SIM_MESSAGES, STACKOPS_MESSAGES); these are the headings, labels and outcomes around it.
 * Mount points pass only the `players.common.` keys plus their own `players.<id>.` keys.
 */
export const playersStrings = {
  // Shared by every player
  'players.common.run': { en: 'Run', ko: '실행' },
  'players.common.top': { en: 'top', ko: '꼭대기' },
  'players.common.empty': { en: '(empty)', ko: '(비어 있음)' },
  'players.common.popped': { en: 'popped', ko: '꺼냄' },
  'players.common.more': { en: '… {n} more below', ko: '… 아래에 {n}개 더' },
  'players.common.errorHere': { en: 'error here', ko: '오류 위치' },
  'players.common.invalid': { en: 'Cannot run this input: {message}', ko: '이 입력은 실행할 수 없습니다. {message}' },
  'players.common.steps': { en: '{title}: steps', ko: '{title}: 단계' },
  'players.common.input': { en: 'Input', ko: '입력' },
  'players.common.pos': { en: 'pos. {index}', ko: '{index}번' },
  'players.common.link': {
    en: 'The address bar now holds this input: copy the link to share this exact example.',
    ko: '주소창에 이 입력이 담겼습니다. 링크를 복사하면 이 예제를 그대로 공유할 수 있습니다.',
  },
  'players.common.tooLong': {
    en: 'This input is too long to keep in the link.',
    ko: '입력이 너무 길어 링크에 담지 않았습니다.',
  },

  // Plain stack (chapter 2)
  'players.stack.title': { en: 'Stack operations', ko: '스택 연산' },
  'players.stack.field': { en: 'Operations', ko: '연산 목록' },
  'players.stack.hint': {
    en: 'Separate operations with commas: push 10, push 20, peek, pop (a pop on an empty stack is an underflow).',
    ko: '연산은 쉼표로 구분합니다. 예: push 10, push 20, peek, pop (빈 스택에서 pop 하면 언더플로입니다). 넣기/빼기/보기 도 됩니다.',
  },
  'players.stack.ops': { en: 'Operations', ko: '연산' },
  'players.stack.stack': { en: 'Stack', ko: '스택' },
  'players.stack.returned': { en: 'Returned value', ko: '돌려받은 값' },
  'players.stack.none': { en: '—', ko: '—' },
  'players.stack.underflow': { en: 'Underflow', ko: '언더플로' },
  'players.stack.overflow': { en: 'Overflow', ko: '오버플로' },

  // Reverse
  'players.reverse.title': { en: 'Reversing text with a stack', ko: '스택으로 문자열 뒤집기' },
  'players.reverse.field': { en: 'Text to reverse', ko: '뒤집을 문자열' },
  'players.reverse.hint': {
    en: 'Any text; Hangul syllables and emoji count as one character each.',
    ko: '아무 문자열이나 됩니다. 한글 음절과 이모지는 한 글자로 셉니다.',
  },
  'players.reverse.input': { en: 'Input characters', ko: '입력 글자' },
  'players.reverse.stack': { en: 'Stack', ko: '스택' },
  'players.reverse.output': { en: 'Output', ko: '출력' },

  // Brackets
  'players.brackets.title': { en: 'Bracket checker', ko: '괄호 검사기' },
  'players.brackets.field': { en: 'Text to check', ko: '검사할 문자열' },
  'players.brackets.hint': {
    en: 'Any text: only (), [] and {} are checked, other characters are skipped.',
    ko: '아무 문자열이나 됩니다. (), [], {} 만 검사하고 나머지 글자는 건너뜁니다.',
  },
  'players.brackets.input': { en: 'Input characters', ko: '입력 글자' },
  'players.brackets.stack': { en: 'Stack of openers', ko: '여는 괄호 스택' },
  'players.brackets.outcome': { en: 'Outcome', ko: '결과' },
  'players.brackets.scanning': { en: 'Scanning…', ko: '검사 중…' },
  'players.brackets.balanced': { en: 'Balanced', ko: '균형 잡힘' },
  'players.brackets.unbalanced': { en: 'Unbalanced (position {index})', ko: '균형이 맞지 않음 ({index}번 위치)' },

  // Postfix
  'players.postfix.title': { en: 'Postfix evaluator', ko: '후위 표기식 계산기' },
  'players.postfix.field': { en: 'Postfix expression', ko: '후위 표기식' },
  'players.postfix.hint': {
    en: 'Numbers and + - * / ^ separated by spaces, e.g. 3 4 + 2 *',
    ko: '숫자와 + - * / ^ 를 공백으로 구분해 적습니다. 예: 3 4 + 2 *',
  },
  'players.postfix.input': { en: 'Tokens', ko: '토큰' },
  'players.postfix.stack': { en: 'Value stack', ko: '값 스택' },
  'players.postfix.token': { en: 'token {n}', ko: '{n}번 토큰' },
  'players.postfix.result': { en: 'Result', ko: '결과' },
  'players.postfix.pending': { en: 'not yet', ko: '아직 없음' },

  // Infix → postfix
  'players.infix.title': { en: 'Infix to postfix converter', ko: '중위 → 후위 변환기' },
  'players.infix.field': { en: 'Infix expression', ko: '중위 표기식' },
  'players.infix.hint': {
    en: 'Numbers, names, + - * / ^ and parentheses, e.g. a + b * (c - d). No unary minus.',
    ko: '숫자, 이름, + - * / ^ 와 괄호를 씁니다. 예: a + b * (c - d). 단항 마이너스는 쓸 수 없습니다.',
  },
  'players.infix.input': { en: 'Input characters', ko: '입력 글자' },
  'players.infix.stack': { en: 'Operator stack', ko: '연산자 스택' },
  'players.infix.output': { en: 'Output queue (postfix)', ko: '출력 큐 (후위 표기)' },
  'players.infix.outputEmpty': { en: '(nothing yet)', ko: '(아직 없음)' },

  // Undo / redo
  'players.undo.title': { en: 'Undo and redo with two stacks', ko: '두 스택으로 만드는 실행 취소/다시 실행' },
  'players.undo.field': { en: 'Edit commands', ko: '편집 명령' },
  'players.undo.hint': {
    en: "Separate commands with commas: type hello, type ' world', delete 3, undo, redo",
    ko: "명령은 쉼표로 구분합니다. 예: type hello, type ' world', delete 3, undo, redo (입력/삭제/되돌리기/다시실행 도 됩니다)",
  },
  'players.undo.text': { en: 'Text', ko: '문서 내용' },
  'players.undo.textEmpty': { en: '(empty document)', ko: '(빈 문서)' },
  'players.undo.undoStack': { en: 'Undo stack', ko: 'undo 스택' },
  'players.undo.redoStack': { en: 'Redo stack', ko: 'redo 스택' },
  'players.undo.typed': { en: "type '{text}'", ko: "입력 '{text}'" },
  'players.undo.deleted': { en: "delete '{text}'", ko: "삭제 '{text}'" },

  // Browser history
  'players.history.title': { en: 'Back and forward buttons', ko: '뒤로 가기와 앞으로 가기' },
  'players.history.field': { en: 'Navigation commands', ko: '탐색 명령' },
  'players.history.hint': {
    en: 'Separate commands with commas: visit a.com, visit b.com, back, forward',
    ko: '명령은 쉼표로 구분합니다. 예: visit a.com, visit b.com, back, forward (방문/뒤로/앞으로 도 됩니다)',
  },
  'players.history.current': { en: 'Current page', ko: '현재 페이지' },
  'players.history.none': { en: '(no page yet)', ko: '(아직 연 페이지 없음)' },
  'players.history.back': { en: 'Back stack', ko: 'back 스택' },
  'players.history.forward': { en: 'Forward stack', ko: 'forward 스택' },
} satisfies Strings;
