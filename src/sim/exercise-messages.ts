import type { Strings } from '../i18n/lang';

/**
 * Narration and reason strings of the stack exercises in `exercises-stack.ts` (stack
 * permutations, reverse, undo/redo, browser history) and the labels of predict-the-next-step
 * choices. Keys: `ex.*` and `error.perm.*`. Checked by `exercises-stack.test.ts`.
 */
export const EXERCISE_MESSAGES: Strings = {
  // Stack permutations
  'ex.perm.push': {
    en: 'Push {value}, the next number to arrive, onto the stack (on the way to {wanted}).',
    ko: '다음에 들어오는 수 {value} 를 스택에 push 합니다({wanted} 를 꺼내기 위한 준비).',
  },
  'ex.perm.pop': {
    en: 'Pop {value} from the top and write it as output number {position}.',
    ko: 'top 의 {value} 를 pop 해서 {position}번째 출력으로 씁니다.',
  },
  'ex.perm.impossible': {
    en: '{wanted} is on the stack but buried under {top}: it can never come out next. This order is impossible.',
    ko: '{wanted} 는 스택 안에 있지만 {top} 아래에 깔려 있어 다음에 꺼낼 수 없습니다. 이 순서는 만들 수 없습니다.',
  },
  'ex.perm.produced': {
    en: 'Every number has been written in the target order: the stack can produce it.',
    ko: '모든 수를 목표 순서대로 출력했습니다. 스택으로 만들 수 있는 순서입니다.',
  },
  'ex.perm.why.pushUntilNext': {
    en: 'The next number wanted is {wanted}, and it has not arrived yet (next to arrive: {next}). Push until it is on top.',
    ko: '다음에 출력할 수는 {wanted} 인데 아직 들어오지 않았습니다(다음 입력: {next}). {wanted} 가 top 에 올 때까지 push 해야 합니다.',
  },
  'ex.perm.why.pushStackEmpty': {
    en: 'The stack is empty, so there is nothing to pop. {wanted} has not arrived yet: push {next}.',
    ko: '스택이 비어 있어 pop 할 것이 없습니다. {wanted} 는 아직 들어오지 않았으니 {next} 를 push 해야 합니다.',
  },
  'ex.perm.why.pushTooEarly': {
    en: 'Popping now would write {top}, but the next number wanted is {wanted}. {wanted} has not arrived yet: push {next}.',
    ko: '지금 pop 하면 {top} 이 출력되는데, 다음에 출력해야 할 수는 {wanted} 입니다. {wanted} 는 아직 들어오지 않았으니 {next} 를 push 해야 합니다.',
  },
  'ex.perm.why.pushStillComing': {
    en: 'Not impossible yet: {wanted} has not arrived (next to arrive: {next}), so pushing can still bring it to the top.',
    ko: '아직 불가능하다고 할 수 없습니다. {wanted} 가 아직 들어오지 않았으므로(다음 입력: {next}) push 를 계속하면 top 에 올릴 수 있습니다.',
  },
  'ex.perm.why.popWhenTopIsNext': {
    en: '{wanted} is on top of the stack and it is the next number wanted: pop it to the output.',
    ko: '스택 top 의 {wanted} 가 바로 다음에 출력할 수입니다. pop 해서 출력해야 합니다.',
  },
  'ex.perm.why.popNoInputLeft': {
    en: 'Every number has already arrived, so there is nothing left to push. {wanted} is on top: pop it.',
    ko: '모든 수가 이미 들어와서 더 push 할 것이 없습니다. top 에 있는 {wanted} 를 pop 해야 합니다.',
  },
  'ex.perm.why.impossibleBuried': {
    en: '{wanted} has already arrived and sits under {top}. Only the top can leave, and {top} would come out first: the order is impossible.',
    ko: '{wanted} 는 이미 들어와서 {top} 아래에 있습니다. 스택에서는 top 만 꺼낼 수 있으니 {top} 이 먼저 나올 수밖에 없습니다. 이 순서는 불가능합니다.',
  },
  'ex.perm.why.pushCannotHelp': {
    en: 'Pushing only puts more numbers on top of {top}; {wanted} is already buried under it, so it can never be next. Declare the order impossible.',
    ko: 'push 하면 {top} 위에 수가 더 쌓일 뿐입니다. {wanted} 는 이미 그 아래에 깔려 있어 다음 출력이 될 수 없으니 불가능하다고 선언해야 합니다.',
  },
  'error.perm.notPermutation': {
    en: 'The target must use each of the numbers 1 to {n} exactly once (position {index} has {value}).',
    ko: '목표 순서는 1부터 {n}까지의 수를 한 번씩만 써야 합니다({index}번 위치의 값: {value}).',
  },

  // Reverse
  'ex.reverse.why.pushWhileInput': {
    en: "Input is left ({left} character(s), starting with '{ch}'): every character must be on the stack before the first pop.",
    ko: "아직 읽을 입력이 {left}글자 남았습니다('{ch}' 부터). 첫 pop 전에 모든 글자를 스택에 넣어야 하므로 push 합니다.",
  },
  'ex.reverse.why.popWhenInputEnds': {
    en: "The input is used up: pop '{ch}' from the top, the last character pushed comes out first.",
    ko: "입력을 다 읽었습니다. 이제 pop 할 차례이며, 가장 나중에 넣은 '{ch}' 가 가장 먼저 나옵니다.",
  },

  // Undo / redo
  'ex.undo.why.typePushed': {
    en: "Typing '{text}' is a new edit: it goes onto the undo stack so that it can be undone later.",
    ko: "'{text}' 입력은 새 편집입니다. 나중에 되돌릴 수 있도록 undo 스택에 push 합니다.",
  },
  'ex.undo.why.deletePushed': {
    en: "Deleting '{text}' is a new edit: it goes onto the undo stack (with the deleted text, so undo can put it back).",
    ko: "'{text}' 삭제도 새 편집입니다. 되돌릴 때 다시 넣을 수 있도록 지운 글자와 함께 undo 스택에 push 합니다.",
  },
  'ex.undo.why.redoAlreadyEmpty': {
    en: "The redo stack is already empty, so there is nothing to clear: the edit '{text}' simply goes onto the undo stack.",
    ko: "redo 스택이 이미 비어 있어 비울 것이 없습니다. '{text}' 편집은 그냥 undo 스택에 push 됩니다.",
  },
  'ex.undo.why.newEditClearsRedo': {
    en: 'A new edit makes the undone edits meaningless: first the redo stack is emptied ({count} edit(s) dropped).',
    ko: '새 편집을 하면 되돌려 두었던 편집은 더 이상 다시 실행할 수 없습니다. 먼저 redo 스택을 비웁니다({count}개 버림).',
  },
  'ex.undo.why.undoMovesTop': {
    en: "Undo takes the most recent edit, '{text}', from the top of the undo stack, reverts it and pushes it onto the redo stack.",
    ko: "실행 취소는 undo 스택 top 에 있는 가장 최근 편집 '{text}' 를 꺼내 되돌리고, redo 스택에 push 합니다.",
  },
  'ex.undo.why.redoMovesTop': {
    en: "Redo takes '{text}' from the top of the redo stack, applies it again and pushes it back onto the undo stack.",
    ko: "다시 실행은 redo 스택 top 의 '{text}' 를 꺼내 다시 적용하고, undo 스택에 도로 push 합니다.",
  },
  'ex.undo.why.nothingToUndo': {
    en: 'The undo stack is empty: there is no edit to undo, so nothing happens.',
    ko: 'undo 스택이 비어 있습니다. 되돌릴 편집이 없으므로 아무 일도 일어나지 않습니다.',
  },
  'ex.undo.why.nothingToRedo': {
    en: 'The redo stack is empty: there is no undone edit to redo, so nothing happens.',
    ko: 'redo 스택이 비어 있습니다. 다시 실행할 편집이 없으므로 아무 일도 일어나지 않습니다.',
  },
  'ex.undo.why.nothingToDelete': {
    en: 'The text is empty: there is nothing to delete, so no edit is recorded.',
    ko: '글이 비어 있어 지울 것이 없습니다. 편집이 일어나지 않으니 기록할 것도 없습니다.',
  },

  // Browser history
  'ex.history.why.firstVisit': {
    en: 'No page was open before, so nothing goes onto the Back stack: {url} is simply shown.',
    ko: '이전에 열린 페이지가 없으므로 Back 스택에 넣을 것이 없습니다. {url} 을 그냥 보여 줍니다.',
  },
  'ex.history.why.visitPushesCurrent': {
    en: 'Visiting {url}: the current page {from} goes onto the Back stack, and {url} is shown.',
    ko: '{url} 방문: 지금 보던 {from} 을 Back 스택에 push 하고 {url} 을 보여 줍니다.',
  },
  'ex.history.why.forwardAlreadyEmpty': {
    en: 'The Forward stack is already empty, so there is nothing to clear: the visit to {url} happens straight away.',
    ko: 'Forward 스택이 이미 비어 있어 비울 것이 없습니다. 곧바로 {url} 을 방문합니다.',
  },
  'ex.history.why.visitClearsForward': {
    en: 'A new visit starts a new path: the Forward stack is emptied first ({count} page(s) dropped).',
    ko: '새 페이지를 방문하면 새로운 경로가 시작됩니다. 먼저 Forward 스택을 비웁니다({count}개 버림).',
  },
  'ex.history.why.backMoves': {
    en: 'Back: the current page {from} goes onto the Forward stack, and {to} is popped from the Back stack and shown.',
    ko: '뒤로: 현재 페이지 {from} 을 Forward 스택에 push 하고, Back 스택에서 {to} 를 pop 해서 보여 줍니다.',
  },
  'ex.history.why.forwardMoves': {
    en: 'Forward: the current page {from} goes onto the Back stack, and {to} is popped from the Forward stack and shown.',
    ko: '앞으로: 현재 페이지 {from} 을 Back 스택에 push 하고, Forward 스택에서 {to} 를 pop 해서 보여 줍니다.',
  },
  'ex.history.why.nothingBack': {
    en: 'The Back stack is empty: there is no earlier page, so nothing happens.',
    ko: 'Back 스택이 비어 있습니다. 돌아갈 이전 페이지가 없으므로 아무 일도 일어나지 않습니다.',
  },
  'ex.history.why.nothingForward': {
    en: 'The Forward stack is empty: there is no page to go forward to, so nothing happens.',
    ko: 'Forward 스택이 비어 있습니다. 앞으로 갈 페이지가 없으므로 아무 일도 일어나지 않습니다.',
  },

  // Predict the next step
  'ex.predict.question.brackets': { en: 'What does the checker do in step {step}?', ko: '{step}단계에서 검사기는 무엇을 할까요?' },
  'ex.predict.question.postfix': { en: 'What does the evaluator do in step {step}?', ko: '{step}단계에서 계산기는 무엇을 할까요?' },
  'ex.predict.question.infix': { en: 'What does the converter do in step {step}?', ko: '{step}단계에서 변환기는 무엇을 할까요?' },
  'ex.predict.question.reverse': { en: 'What happens in step {step}?', ko: '{step}단계에서는 무슨 일이 일어날까요?' },
  'ex.predict.question.undo': { en: 'What happens to the stacks in step {step}?', ko: '{step}단계에서 두 스택에는 무슨 일이 일어날까요?' },
  'ex.predict.question.history': { en: 'What happens to the stacks in step {step}?', ko: '{step}단계에서 두 스택에는 무슨 일이 일어날까요?' },
  'ex.predict.question.perm': { en: 'What is the right move in step {step}?', ko: '{step}단계에서 알맞은 동작은 무엇일까요?' },
  'ex.predict.question.stack': { en: 'What happens in step {step}?', ko: '{step}단계에서는 무슨 일이 일어날까요?' },
  'ex.predict.question.generic': { en: 'What happens in step {step}?', ko: '{step}단계에서는 무슨 일이 일어날까요?' },

  'ex.predict.brackets.push': { en: 'Push the opener', ko: '여는 괄호를 push 한다' },
  'ex.predict.brackets.pop-match': { en: 'Pop the top: it matches', ko: 'top 과 짝이 맞아 pop 한다' },
  'ex.predict.brackets.mismatch': { en: 'Report a mismatch with the top', ko: 'top 과 짝이 맞지 않는다고 보고한다' },
  'ex.predict.brackets.unexpected-close': { en: 'Report a closer with nothing to close', ko: '닫을 괄호가 없는 닫는 괄호라고 보고한다' },
  'ex.predict.brackets.unclosed': { en: 'Report openers left unclosed', ko: '닫히지 않은 여는 괄호가 남았다고 보고한다' },
  'ex.predict.brackets.balanced': { en: 'Report that the text is balanced', ko: '균형이 맞다고 보고한다' },

  'ex.predict.postfix.push': { en: 'Push the operand', ko: '피연산자를 push 한다' },
  'ex.predict.postfix.apply': { en: 'Pop two values, apply the operator, push the result', ko: '두 값을 pop 해서 연산하고 결과를 push 한다' },
  'ex.predict.postfix.result': { en: 'Pop the final result', ko: '최종 결과를 꺼낸다' },

  'ex.predict.infix.output': { en: 'Write the operand to the output', ko: '피연산자를 출력한다' },
  'ex.predict.infix.push-op': { en: 'Push the operator', ko: '연산자를 push 한다' },
  'ex.predict.infix.pop-op': { en: 'Pop the top operator to the output', ko: 'top 연산자를 pop 해서 출력한다' },
  'ex.predict.infix.push-paren': { en: "Push '('", ko: "'(' 를 push 한다" },
  'ex.predict.infix.discard-paren': { en: "Drop the ')' and the '(' on top", ko: "')' 와 top 의 '(' 를 함께 버린다" },
  'ex.predict.infix.done': { en: 'Finish: the stack is empty', ko: '스택이 비었으니 끝낸다' },

  'ex.predict.reverse.push': { en: 'Push the next character', ko: '다음 글자를 push 한다' },
  'ex.predict.reverse.pop': { en: 'Pop the top to the output', ko: 'top 을 pop 해서 출력한다' },
  'ex.predict.reverse.done': { en: 'Finish: the stack is empty', ko: '스택이 비었으니 끝낸다' },

  'ex.predict.undo.pushUndo': { en: 'The edit is pushed onto the undo stack', ko: '편집이 undo 스택에 push 된다' },
  'ex.predict.undo.clearRedo': { en: 'The redo stack is emptied', ko: 'redo 스택을 비운다' },
  'ex.predict.undo.undoToRedo': { en: 'The top of undo moves to redo', ko: 'undo 의 top 이 redo 로 옮겨진다' },
  'ex.predict.undo.redoToUndo': { en: 'The top of redo moves to undo', ko: 'redo 의 top 이 undo 로 옮겨진다' },
  'ex.predict.undo.nothing': { en: 'Nothing happens', ko: '아무 일도 일어나지 않는다' },

  'ex.predict.history.visit': { en: 'The current page goes onto Back; the new page is shown', ko: '현재 페이지가 Back 에 들어가고 새 페이지가 보인다' },
  'ex.predict.history.clearForward': { en: 'The Forward stack is emptied', ko: 'Forward 스택을 비운다' },
  'ex.predict.history.back': { en: 'Current page onto Forward; pop Back', ko: '현재 페이지는 Forward 로, Back 에서 pop 한다' },
  'ex.predict.history.forward': { en: 'Current page onto Back; pop Forward', ko: '현재 페이지는 Back 으로, Forward 에서 pop 한다' },
  'ex.predict.history.nothing': { en: 'Nothing happens', ko: '아무 일도 일어나지 않는다' },

  'ex.predict.perm.push': { en: 'Push the next number', ko: '다음 수를 push 한다' },
  'ex.predict.perm.pop': { en: 'Pop the top to the output', ko: 'top 을 pop 해서 출력한다' },
  'ex.predict.perm.impossible': { en: 'Declare the order impossible', ko: '불가능한 순서라고 선언한다' },
  'ex.predict.perm.produced': { en: 'Done: the order is produced', ko: '끝: 목표 순서를 만들었다' },

  'ex.predict.stack.push': { en: 'The value is pushed on top', ko: '값이 꼭대기에 push 된다' },
  'ex.predict.stack.pop': { en: 'The top value is popped and returned', ko: '꼭대기 값이 pop 되어 반환된다' },
  'ex.predict.stack.peek': { en: 'The top value is returned and stays', ko: '꼭대기 값을 돌려주고 그대로 둔다' },
  'ex.predict.stack.underflow': { en: 'Underflow: the stack is empty', ko: '언더플로: 스택이 비어 있다' },
  'ex.predict.stack.overflow': { en: 'Overflow: the stack is full', ko: '오버플로: 스택이 가득 찼다' },
};
