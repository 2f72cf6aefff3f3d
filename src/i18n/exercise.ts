import type { Strings } from './lang';

/**
 * Strings of the proficiency exercises (src/components/exercise/ProficiencyExercise.svelte and
 * the wrappers in src/components/stacks/*Exercise.svelte) and of the "what happens next?"
 * questions (PredictStep). Reasons and narration live in src/sim (SIM_MESSAGES,
 * EXERCISE_MESSAGES, STACKOPS_MESSAGES).
 */
export const exerciseStrings = {
  // Shared controls and feedback
  'exercise.actions': { en: 'Your next step', ko: '다음 단계 선택' },
  'exercise.value': { en: 'Value', ko: '계산한 값' },
  'exercise.valueHint': { en: 'Type the value, then choose the step.', ko: '값을 입력한 뒤 단계를 고르세요.' },
  'exercise.valueMissing': { en: 'Type a number in “Value” first.', ko: '먼저 ‘계산한 값’ 칸에 숫자를 입력하세요.' },
  'exercise.correct': { en: 'Correct: {step}.', ko: '맞았습니다: {step}.' },
  'exercise.wrong': { en: 'Not this step: {step}.', ko: '이 단계가 아닙니다: {step}.' },
  'exercise.why': { en: 'Why: {reason}', ko: '이유: {reason}' },
  'exercise.undoMine': { en: 'Undo my step', ko: '내 단계 되돌리기' },
  'exercise.showModelStep': { en: "Show the model's step", ko: '모범 단계 보기' },
  'exercise.undone': { en: 'Your step was taken back. Choose again.', ko: '선택을 되돌렸습니다. 다시 고르세요.' },
  'exercise.fixed': { en: "The model's step was applied: {step}. {reason}", ko: '모범 단계를 적용했습니다: {step}. {reason}' },
  'exercise.score': {
    en: 'Right first time: {correct} · Fixed: {fixed} · Undone: {undone}',
    ko: '바로 맞힘: {correct} · 고침: {fixed} · 되돌림: {undone}',
  },
  'exercise.progress': { en: 'Step {i} of {n}', ko: '{n}단계 중 {i}단계' },
  'exercise.done': {
    en: 'Finished! {correct} of {total} steps right first time, {fixed} fixed, {undone} undone.',
    ko: '끝났습니다! {total}단계 중 {correct}단계를 바로 맞혔고, 고친 단계 {fixed}, 되돌린 단계 {undone}입니다.',
  },
  'exercise.new': { en: 'New problem', ko: '새 문제' },
  'exercise.newAnnounce': { en: 'New problem no. {seed}.', ko: '새 문제 {seed}번입니다.' },
  'exercise.problemNo': { en: 'Problem no. {seed}', ko: '문제 {seed}번' },
  'exercise.model': { en: 'Show model answer', ko: '모범 답안 보기' },
  'exercise.modelHeading': { en: 'Model answer', ko: '모범 답안' },
  'exercise.modelSteps': { en: 'Model answer steps', ko: '모범 답안 단계' },
  'exercise.instructions': {
    en: 'Choose each step with the buttons. A wrong step is explained; then undo it or apply the model’s step.',
    ko: '버튼으로 한 단계씩 고르세요. 틀리면 이유를 알려 주며, 내 단계를 되돌리거나 모범 단계를 적용할 수 있습니다.',
  },

  // Views
  'exercise.view.top': { en: 'top', ko: '꼭대기' },
  'exercise.view.empty': { en: '(empty)', ko: '(비어 있음)' },
  'exercise.view.input': { en: 'Input', ko: '입력' },
  'exercise.view.output': { en: 'Output', ko: '출력' },
  'exercise.view.stack': { en: 'Stack', ko: '스택' },
  'exercise.view.none': { en: '(none yet)', ko: '(아직 없음)' },
  'exercise.view.pos': { en: 'pos. {index}', ko: '{index}번' },
  'exercise.view.openers': { en: 'Stack of openers', ko: '여는 괄호 스택' },
  'exercise.view.operands': { en: 'Operand stack', ko: '피연산자 스택' },
  'exercise.view.operators': { en: 'Operator stack', ko: '연산자 스택' },
  'exercise.view.tokens': { en: 'Tokens', ko: '토큰' },
  'exercise.view.arrivals': { en: 'Arriving numbers', ko: '들어오는 수' },
  'exercise.view.target': { en: 'Target order', ko: '목표 순서' },
  'exercise.view.ops': { en: 'Operations', ko: '연산 목록' },
  'exercise.view.text': { en: 'Text', ko: '현재 글' },
  'exercise.view.page': { en: 'Page shown', ko: '보고 있는 페이지' },
  'exercise.view.noPage': { en: '(no page yet)', ko: '(아직 없음)' },
  'exercise.view.undoStack': { en: 'Undo stack', ko: 'undo 스택' },
  'exercise.view.redoStack': { en: 'Redo stack', ko: 'redo 스택' },
  'exercise.view.backStack': { en: 'Back stack', ko: 'Back 스택' },
  'exercise.view.forwardStack': { en: 'Forward stack', ko: 'Forward 스택' },
  'exercise.view.typed': { en: 'typed', ko: '입력' },
  'exercise.view.deleted': { en: 'deleted', ko: '삭제' },
  'exercise.view.returned': { en: 'Returned value', ko: '돌려받은 값' },
  'exercise.view.popped': { en: 'popped', ko: '꺼냄' },

  // Per exercise: heading, task, action buttons
  'exercise.perm.heading': { en: 'Exercise: make the target order with a stack', ko: '연습: 스택으로 목표 순서 만들기' },
  'exercise.perm.task': {
    en: 'The numbers 1 to {n} arrive in order. Push the next one onto the stack or pop the top to the output, so that the output is {target}. If that order cannot be made, declare it impossible.',
    ko: '1부터 {n}까지의 수가 차례로 들어옵니다. 다음 수를 스택에 push 하거나 top 을 pop 해서 출력하여 {target} 순서를 만드세요. 만들 수 없는 순서라면 불가능하다고 선언하세요.',
  },
  'exercise.perm.push': { en: 'Push next number', ko: '다음 수 push' },
  'exercise.perm.pop': { en: 'Pop to output', ko: 'pop 해서 출력' },
  'exercise.perm.impossible': { en: 'Impossible', ko: '불가능' },

  'exercise.brackets.heading': { en: 'Exercise: check the brackets yourself', ko: '연습: 직접 괄호 검사하기' },
  'exercise.brackets.task': {
    en: 'Scan {text} from left to right. At each bracket choose what the checker does; at the end report the outcome.',
    ko: '{text} 를 왼쪽부터 읽습니다. 괄호마다 검사기가 할 일을 고르고, 끝에서 결과를 보고하세요.',
  },
  'exercise.brackets.push': { en: 'Push', ko: 'push' },
  'exercise.brackets.pop': { en: 'Pop and match', ko: 'pop 해서 짝 맞추기' },
  'exercise.brackets.error': { en: 'Report error', ko: '오류 보고' },
  'exercise.brackets.balanced': { en: 'Report balanced', ko: '균형 맞음 보고' },

  'exercise.postfix.heading': { en: 'Exercise: evaluate postfix yourself', ko: '연습: 직접 후위 표기식 계산하기' },
  'exercise.postfix.task': {
    en: 'Evaluate {expr} with an operand stack. For an operator, type the value it computes before choosing “Apply operator”; at the end type the result.',
    ko: '피연산자 스택으로 {expr} 를 계산하세요. 연산자에서는 계산한 값을 입력한 뒤 ‘연산자 적용’을 고르고, 마지막에는 결과를 입력하세요.',
  },
  'exercise.postfix.push': { en: 'Push operand', ko: '피연산자 push' },
  'exercise.postfix.apply': { en: 'Apply operator', ko: '연산자 적용' },
  'exercise.postfix.result': { en: 'Report result', ko: '결과 보고' },

  'exercise.infix.heading': { en: 'Exercise: convert infix to postfix yourself', ko: '연습: 직접 중위식을 후위식으로 바꾸기' },
  'exercise.infix.task': {
    en: 'Convert {expr} to postfix with an operator stack (shunting-yard). One step at a time: output an operand, push, pop, drop a parenthesis pair, or finish.',
    ko: '연산자 스택(차량기지 알고리즘)으로 {expr} 를 후위 표기식으로 바꾸세요. 한 단계씩 피연산자 출력, push, pop, 괄호 쌍 버리기, 끝내기 중에서 고릅니다.',
  },
  'exercise.infix.output': { en: 'Operand to output', ko: '피연산자 출력' },
  'exercise.infix.push': { en: 'Push', ko: 'push' },
  'exercise.infix.pop': { en: 'Pop to output', ko: 'pop 해서 출력' },
  'exercise.infix.discard': { en: 'Drop ( )', ko: '( ) 버리기' },
  'exercise.infix.done': { en: 'Finish', ko: '끝내기' },

  'exercise.reverse.heading': { en: 'Exercise: reverse a word with a stack', ko: '연습: 스택으로 단어 뒤집기' },
  'exercise.reverse.task': {
    en: 'Reverse “{text}”: push characters from the input, pop them to the output.',
    ko: '“{text}” 를 뒤집으세요. 입력의 글자를 push 하고, pop 해서 출력합니다.',
  },
  'exercise.reverse.push': { en: 'Push next character', ko: '다음 글자 push' },
  'exercise.reverse.pop': { en: 'Pop to output', ko: 'pop 해서 출력' },

  'exercise.undo.heading': { en: 'Exercise: run undo and redo', ko: '연습: 실행 취소와 다시 실행' },
  'exercise.undo.task': {
    en: 'An editor keeps an undo stack and a redo stack. For each operation in the list, choose what happens to the stacks, one step at a time.',
    ko: '편집기는 undo 스택과 redo 스택을 둡니다. 목록의 연산마다 두 스택에 무슨 일이 일어나는지 한 단계씩 고르세요.',
  },
  'exercise.undo.pushUndo': { en: 'Push edit onto undo', ko: '편집을 undo 에 push' },
  'exercise.undo.clearRedo': { en: 'Empty the redo stack', ko: 'redo 스택 비우기' },
  'exercise.undo.undoToRedo': { en: 'Move top: undo → redo', ko: 'top 이동: undo → redo' },
  'exercise.undo.redoToUndo': { en: 'Move top: redo → undo', ko: 'top 이동: redo → undo' },
  'exercise.undo.nothing': { en: 'Nothing happens', ko: '아무 일도 없음' },

  'exercise.history.heading': { en: 'Exercise: the back and forward buttons', ko: '연습: 뒤로 가기와 앞으로 가기' },
  'exercise.history.task': {
    en: 'A browser keeps a Back stack and a Forward stack. For each operation in the list, choose what happens, one step at a time.',
    ko: '브라우저는 Back 스택과 Forward 스택을 둡니다. 목록의 연산마다 무슨 일이 일어나는지 한 단계씩 고르세요.',
  },
  'exercise.history.visit': { en: 'Current → Back, show new page', ko: '현재 페이지 → Back, 새 페이지 표시' },
  'exercise.history.clearForward': { en: 'Empty the Forward stack', ko: 'Forward 스택 비우기' },
  'exercise.history.back': { en: 'Current → Forward, pop Back', ko: '현재 페이지 → Forward, Back 에서 pop' },
  'exercise.history.forward': { en: 'Current → Back, pop Forward', ko: '현재 페이지 → Back, Forward 에서 pop' },
  'exercise.history.nothing': { en: 'Nothing happens', ko: '아무 일도 없음' },

  // Predict the next step
  'predict.heading': { en: 'What happens next?', ko: '다음에는 무슨 일이?' },
  'predict.state': { en: 'The state after step {step}:', ko: '{step}단계를 실행한 뒤의 상태:' },
  'predict.check': { en: 'Check', ko: '확인' },
  'predict.show': { en: 'Show the answer', ko: '정답 보기' },
  'predict.pick': { en: 'Choose an answer first.', ko: '먼저 답을 고르세요.' },
  'predict.right': { en: 'Right! {explanation}', ko: '맞았습니다! {explanation}' },
  'predict.notRight': { en: 'Not quite. {explanation}', ko: '아쉽지만 틀렸습니다. {explanation}' },
  'predict.answer': { en: 'The answer: {choice}. {explanation}', ko: '정답: {choice}. {explanation}' },
  'predict.tryAgain': { en: 'Think about the state shown, then try again or show the answer.', ko: '보이는 상태를 다시 살펴보고 한 번 더 골라 보거나 정답을 확인하세요.' },
  'predict.badInput': { en: 'This question could not be built: {message}', ko: '문제를 만들 수 없습니다: {message}' },
} satisfies Strings;
