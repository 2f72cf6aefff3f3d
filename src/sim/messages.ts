import type { Strings } from '../i18n/lang';

/**
 * Narration for every message key the simulation core emits (events, exercise reasons,
 * SimErrors, stop reasons). Placeholders `{name}` are filled by `format` from i18n/lang.
 * Row/column numbers in N-Queens and sudoku narration are 1-based; maze cells are 0-based.
 */
export const SIM_MESSAGES: Strings = {
  // Stop reasons
  'stop.stepLimit': {
    en: 'Stopped after {max} steps (the step limit). The steps so far are kept.',
    ko: '단계 한도({max}단계)에 도달해 멈췄습니다. 지금까지의 단계는 그대로 볼 수 있습니다.',
  },
  'stop.inputLimit': {
    en: 'The input is too long ({length}; at most {max}). Nothing was run.',
    ko: '입력이 너무 깁니다({length}, 최대 {max}). 실행하지 않았습니다.',
  },

  // Brackets
  'brackets.push': {
    en: "'{ch}' at position {index} is an opener: push it onto the stack.",
    ko: "{index}번 위치의 '{ch}' 는 여는 괄호이므로 스택에 push 합니다.",
  },
  'brackets.popMatch': {
    en: "'{ch}' at position {index} matches the '{open}' on top (from position {openIndex}): pop it.",
    ko: "{index}번 위치의 '{ch}' 가 스택 top 의 '{open}'({openIndex}번)과 짝이 맞으므로 pop 합니다.",
  },
  'brackets.mismatch': {
    en: "'{ch}' at position {index} does not match the '{open}' on top (from position {openIndex}), which expects '{expected}'. Unbalanced.",
    ko: "{index}번 위치의 '{ch}' 는 스택 top 의 '{open}'({openIndex}번)과 짝이 맞지 않습니다. '{open}' 는 '{expected}' 를 기다리고 있었으므로 균형이 깨졌습니다.",
  },
  'brackets.unexpectedClose': {
    en: "'{ch}' at position {index} closes nothing: the stack is empty. Unbalanced.",
    ko: "{index}번 위치의 '{ch}' 를 만났는데 스택이 비어 있어 닫을 괄호가 없습니다. 균형이 맞지 않습니다.",
  },
  'brackets.unclosed': {
    en: "The text ended with {count} opener(s) still on the stack; the innermost is '{ch}' at position {index}. Unbalanced.",
    ko: "입력이 끝났는데 스택에 여는 괄호가 {count}개 남아 있습니다. 가장 안쪽은 {index}번 위치의 '{ch}' 입니다. 균형이 맞지 않습니다.",
  },
  'brackets.balanced': {
    en: 'The text ended and the stack is empty: every bracket is matched. Balanced.',
    ko: '입력이 끝났고 스택이 비어 있습니다. 모든 괄호의 짝이 맞으므로 균형 잡힌 문자열입니다.',
  },
  'brackets.why.mustPushOpener': {
    en: "'{ch}' is an opener: it must wait on the stack until its closer comes.",
    ko: "'{ch}' 는 여는 괄호입니다. 짝이 되는 닫는 괄호가 나올 때까지 스택에서 기다려야 하므로 push 해야 합니다.",
  },
  'brackets.why.closerMatchesTop': {
    en: "'{ch}' closes the '{open}' on top of the stack, so that opener is popped.",
    ko: "'{ch}' 는 스택 top 의 '{open}' 을 닫는 괄호이므로 pop 해야 합니다.",
  },
  'brackets.why.closerMismatch': {
    en: "'{ch}' cannot close the '{open}' on top (it needs '{expected}'): report an error.",
    ko: "스택 top 의 '{open}' 은 '{expected}' 로만 닫힙니다. '{ch}' 로는 닫을 수 없으니 오류를 보고해야 합니다.",
  },
  'brackets.why.stackEmptyOnClose': {
    en: "'{ch}' arrives while the stack is empty: there is no opener to match, so report an error.",
    ko: "스택이 빈 상태에서 '{ch}' 가 나왔습니다. 짝지을 여는 괄호가 없으니 오류를 보고해야 합니다.",
  },
  'brackets.why.openersLeft': {
    en: "The text is over but {count} opener(s) remain (innermost '{ch}' at position {index}): report an error.",
    ko: "입력은 끝났지만 여는 괄호가 {count}개 남아 있습니다(가장 안쪽은 {index}번의 '{ch}'). 오류를 보고해야 합니다.",
  },
  'brackets.why.allMatched': {
    en: 'The text is over and the stack is empty: report that it is balanced.',
    ko: '입력이 끝났고 스택도 비었습니다. 균형이 맞다고 보고하면 됩니다.',
  },
  'error.brackets.badPairs': {
    en: "Bracket pairs must be opener/closer characters two at a time, each used once (got '{pairs}').",
    ko: "괄호 쌍은 여는 문자와 닫는 문자를 두 글자씩, 중복 없이 적어야 합니다('{pairs}' 를 받았습니다).",
  },

  // Postfix evaluation
  'postfix.push': {
    en: 'Read the operand {token}: push it onto the stack.',
    ko: '피연산자 {token} 을 읽었으므로 스택에 push 합니다.',
  },
  'postfix.pushName': {
    en: 'Read {token} (= {value}): push its value onto the stack.',
    ko: '{token}(= {value}) 을 읽었으므로 그 값을 스택에 push 합니다.',
  },
  'postfix.apply': {
    en: 'Read {op}: pop {b} and {a}, compute {a} {op} {b} = {result}, push the result.',
    ko: '연산자 {op} 를 읽었습니다. {b} 와 {a} 를 pop 해서 {a} {op} {b} = {result} 를 계산하고, 결과를 push 합니다.',
  },
  'postfix.result': {
    en: 'The input is used up and one value is left: the result is {value}.',
    ko: '입력을 모두 읽었고 스택에 값이 하나 남았습니다. 결과는 {value} 입니다.',
  },
  'postfix.why.operandPushed': {
    en: '{token} is an operand: operands wait on the stack until an operator needs them.',
    ko: '{token} 은 피연산자입니다. 피연산자는 연산자가 쓸 때까지 스택에 쌓아 둡니다.',
  },
  'postfix.why.operatorPopsTwo': {
    en: '{op} is an operator: pop the top two values ({a} and {b}) and push {a} {op} {b} = {result}.',
    ko: '{op} 는 연산자입니다. 위의 두 값({a}, {b})을 pop 해서 {a} {op} {b} = {result} 를 push 해야 합니다.',
  },
  'postfix.why.wrongValue': {
    en: 'The order matters: the value below ({a}) is the left operand, so {a} {op} {b} = {result}.',
    ko: '순서가 중요합니다. 아래쪽 값 {a} 가 왼쪽 피연산자이므로 {a} {op} {b} = {result} 입니다.',
  },
  'postfix.why.oneValueLeft': {
    en: 'No tokens are left and the stack holds exactly one value: {value} is the answer.',
    ko: '남은 토큰이 없고 스택에 값이 정확히 하나 있으므로 {value} 가 답입니다.',
  },
  'error.postfix.empty': { en: 'The expression is empty.', ko: '식이 비어 있습니다.' },
  'error.postfix.tooFewOperands': {
    en: "'{op}' (token {tokenIndex}) needs two operands but the stack has {have}.",
    ko: "'{op}'({tokenIndex}번째 토큰)에는 피연산자가 두 개 필요한데 스택에는 {have}개뿐입니다.",
  },
  'error.postfix.divisionByZero': {
    en: "Division by zero at '/' (token {tokenIndex}).",
    ko: "'/'({tokenIndex}번째 토큰)에서 0으로 나누게 됩니다.",
  },
  'error.postfix.unknownToken': {
    en: "'{token}' (token {tokenIndex}) is not a number, a name or an operator.",
    ko: "'{token}'({tokenIndex}번째 토큰)은 숫자도, 이름도, 연산자도 아닙니다.",
  },
  'error.postfix.unboundName': {
    en: "'{name}' (token {tokenIndex}) has no value.",
    ko: "'{name}'({tokenIndex}번째 토큰)에 값이 정해져 있지 않습니다.",
  },
  'error.postfix.leftover': {
    en: '{count} values are left on the stack at the end; an operator is missing (see token {tokenIndex}).',
    ko: '끝났는데 스택에 값이 {count}개 남았습니다. 연산자가 모자랍니다({tokenIndex}번째 토큰 참고).',
  },

  // Infix → postfix
  'infix.output': {
    en: 'Operand {token}: it goes straight to the output.',
    ko: '피연산자 {token} 은 곧바로 출력으로 보냅니다.',
  },
  'infix.pushOp': {
    en: "Push '{op}' onto the operator stack.",
    ko: "연산자 '{op}' 를 연산자 스택에 push 합니다.",
  },
  'infix.pushOpOver': {
    en: "'{op}' binds tighter than the '{top}' on top: push it.",
    ko: "'{op}' 가 top 의 '{top}' 보다 우선순위가 높으므로 그 위에 push 합니다.",
  },
  'infix.pushOpRightAssoc': {
    en: "'{op}' is right-associative, so it goes on top of the other '{top}' without popping it.",
    ko: "'{op}' 는 오른쪽 결합이므로 top 의 '{top}' 을 pop 하지 않고 그 위에 push 합니다.",
  },
  'infix.popOpPrecedence': {
    en: "'{op}' on top binds at least as tightly as the incoming '{incoming}': pop it to the output.",
    ko: "top 의 '{op}' 가 새로 들어온 '{incoming}' 보다 우선순위가 같거나 높으므로 pop 해서 출력으로 보냅니다.",
  },
  'infix.popOpParen': {
    en: "A ')' arrived: pop '{op}' to the output (we are looking for the matching '(').",
    ko: "')' 를 만났으니 짝이 되는 '(' 가 나올 때까지 '{op}' 를 pop 해서 출력으로 보냅니다.",
  },
  'infix.popOpEnd': {
    en: "The input is over: pop the remaining '{op}' to the output.",
    ko: "입력이 끝났으므로 남아 있는 '{op}' 를 pop 해서 출력으로 보냅니다.",
  },
  'infix.pushParen': {
    en: "'(' opens a group: push it onto the operator stack.",
    ko: "'(' 는 묶음의 시작이므로 연산자 스택에 push 합니다.",
  },
  'infix.discardParen': {
    en: "The ')' found its '(' on top: both are dropped (parentheses never reach the output).",
    ko: "')' 가 top 에서 짝 '(' 를 찾았습니다. 괄호는 출력에 나타나지 않으므로 둘 다 버립니다.",
  },
  'infix.done': { en: 'Done. Postfix: {postfix}', ko: '변환이 끝났습니다. 후위 표기: {postfix}' },
  'infix.why.operandToOutput': {
    en: 'Operands keep their order in postfix: {token} goes to the output right away.',
    ko: '후위 표기에서 피연산자의 순서는 그대로이므로 {token} 은 바로 출력으로 갑니다.',
  },
  'infix.why.pushOnEmptyOrParen': {
    en: "Nothing on the stack outranks '{op}' (it is empty or has '(' on top): push '{op}'.",
    ko: "스택이 비었거나 top 이 '(' 라서 '{op}' 보다 먼저 나가야 할 연산자가 없습니다. '{op}' 를 push 합니다.",
  },
  'infix.why.rightAssoc': {
    en: "'{op}' is right-associative: a '{op}' on top stays, and the new one is pushed above it.",
    ko: "'{op}' 는 오른쪽 결합이라 top 에 있는 '{op}' 는 그대로 두고 새 '{op}' 를 위에 push 합니다.",
  },
  'infix.why.pushOverLower': {
    en: "The '{top}' on top binds less tightly than '{op}', so it must wait: push '{op}'.",
    ko: "top 의 '{top}' 는 '{op}' 보다 우선순위가 낮아 나중에 계산됩니다. '{op}' 를 push 합니다.",
  },
  'infix.why.popHigherOrEqual': {
    en: "The '{op}' on top binds at least as tightly as '{incoming}', so it is computed first: pop it.",
    ko: "top 의 '{op}' 가 '{incoming}' 보다 우선순위가 같거나 높아 먼저 계산되어야 합니다. pop 합니다.",
  },
  'infix.why.popUntilParen': {
    en: "Inside the parentheses, '{op}' must be output before the group closes: pop it.",
    ko: "괄호가 닫히기 전에 괄호 안의 '{op}' 를 출력해야 합니다. pop 합니다.",
  },
  'infix.why.flushAtEnd': {
    en: "No input is left: every operator still on the stack, like '{op}', goes to the output.",
    ko: "입력이 더 없으므로 '{op}' 처럼 스택에 남은 연산자는 모두 출력으로 보냅니다.",
  },
  'infix.why.parenPush': {
    en: "'(' always goes onto the stack: it marks where the group starts.",
    ko: "'(' 는 묶음이 시작되는 위치를 표시하므로 항상 스택에 push 합니다.",
  },
  'infix.why.discardParen': {
    en: "The '(' on top belongs to this ')': drop both.",
    ko: "top 의 '(' 가 이 ')' 의 짝이므로 둘 다 버립니다.",
  },
  'infix.why.done': {
    en: 'The input is used up and the stack is empty: the conversion is finished.',
    ko: '입력을 다 읽었고 스택도 비었으니 변환이 끝났습니다.',
  },
  'error.infix.empty': { en: 'The expression is empty.', ko: '식이 비어 있습니다.' },
  'error.infix.unknownChar': {
    en: "Unexpected character '{ch}' at position {index}.",
    ko: "{index}번 위치의 '{ch}' 는 식에 쓸 수 없는 문자입니다.",
  },
  'error.infix.missingOperand': {
    en: 'An operand (a number or a name) is missing at position {index}.',
    ko: '{index}번 위치에 피연산자(숫자나 이름)가 빠져 있습니다.',
  },
  'error.infix.missingOperator': {
    en: "An operator is missing before '{token}' at position {index}.",
    ko: "{index}번 위치의 '{token}' 앞에 연산자가 빠져 있습니다.",
  },
  'error.infix.unmatchedClose': {
    en: "The ')' at position {index} has no matching '('.",
    ko: "{index}번 위치의 ')' 와 짝이 되는 '(' 가 없습니다.",
  },
  'error.infix.unclosedParen': {
    en: "The '(' at position {index} is never closed.",
    ko: "{index}번 위치의 '(' 가 닫히지 않았습니다.",
  },

  // Reverse
  'reverse.push': {
    en: "Push '{ch}' (character {index}) onto the stack.",
    ko: "'{ch}'({index}번째 글자)를 스택에 push 합니다.",
  },
  'reverse.pop': {
    en: "Pop '{ch}' and append it to the output.",
    ko: "'{ch}' 를 pop 해서 출력 뒤에 붙입니다.",
  },
  'reverse.done': {
    en: "The stack is empty: the reversed text is '{result}'.",
    ko: "스택이 비었습니다. 뒤집힌 문자열은 '{result}' 입니다.",
  },

  // Undo / redo
  'undo.type': {
    en: "Type '{text}'; the edit is pushed onto the undo stack.",
    ko: "'{text}' 를 입력하고, 이 편집을 undo 스택에 push 합니다.",
  },
  'undo.delete': {
    en: "Delete '{text}'; the edit is pushed onto the undo stack.",
    ko: "'{text}' 를 지우고, 이 편집을 undo 스택에 push 합니다.",
  },
  'undo.clearRedo': {
    en: 'A new edit: the redo stack ({count} edit(s)) is cleared.',
    ko: '새 편집이 들어왔으므로 redo 스택({count}개)을 비웁니다.',
  },
  'undo.undoType': {
    en: "Undo: pop the typing of '{text}', remove it, and push it onto the redo stack.",
    ko: "실행 취소: undo 스택에서 '{text}' 입력을 pop 해서 되돌리고, redo 스택에 push 합니다.",
  },
  'undo.undoDelete': {
    en: "Undo: pop the deletion of '{text}', put the text back, and push it onto the redo stack.",
    ko: "실행 취소: undo 스택에서 '{text}' 삭제를 pop 해서 글자를 되살리고, redo 스택에 push 합니다.",
  },
  'undo.redoType': {
    en: "Redo: pop the typing of '{text}' from the redo stack and type it again.",
    ko: "다시 실행: redo 스택에서 '{text}' 입력을 pop 해서 다시 입력합니다.",
  },
  'undo.redoDelete': {
    en: "Redo: pop the deletion of '{text}' from the redo stack and delete it again.",
    ko: "다시 실행: redo 스택에서 '{text}' 삭제를 pop 해서 다시 지웁니다.",
  },
  'undo.nothingToUndo': { en: 'Undo: the undo stack is empty, nothing happens.', ko: '실행 취소: undo 스택이 비어 있어 아무 일도 일어나지 않습니다.' },
  'undo.nothingToRedo': { en: 'Redo: the redo stack is empty, nothing happens.', ko: '다시 실행: redo 스택이 비어 있어 아무 일도 일어나지 않습니다.' },
  'undo.nothingToDelete': { en: 'Delete: the text is empty, nothing happens.', ko: '삭제: 지울 글자가 없어 아무 일도 일어나지 않습니다.' },
  'error.undo.missingText': { en: "'type' needs the text to type.", ko: "'type' 뒤에 입력할 글자를 적어야 합니다." },
  'error.undo.badCount': {
    en: "'delete' takes a whole number from 1 to {max} (got '{count}').",
    ko: "'delete' 뒤에는 1부터 {max}까지의 정수를 적어야 합니다('{count}' 를 받았습니다).",
  },

  // Browser history
  'history.visitFirst': { en: 'Open {url}.', ko: '{url} 을 엽니다.' },
  'history.visit': {
    en: 'Visit {url}: push {from} onto the back stack.',
    ko: '{url} 을 방문합니다. 지금 페이지 {from} 은 back 스택에 push 합니다.',
  },
  'history.clearForward': {
    en: 'A new visit clears the forward stack ({count} page(s)).',
    ko: '새 페이지를 방문하면 forward 스택({count}개)은 비워집니다.',
  },
  'history.back': {
    en: 'Back: push {from} onto the forward stack and pop {to} from the back stack.',
    ko: '뒤로: {from} 을 forward 스택에 push 하고, back 스택에서 {to} 를 pop 합니다.',
  },
  'history.forward': {
    en: 'Forward: push {from} onto the back stack and pop {to} from the forward stack.',
    ko: '앞으로: {from} 을 back 스택에 push 하고, forward 스택에서 {to} 를 pop 합니다.',
  },
  'history.nothingBack': { en: 'Back: the back stack is empty, nothing happens.', ko: '뒤로: back 스택이 비어 있어 아무 일도 일어나지 않습니다.' },
  'history.nothingForward': {
    en: 'Forward: the forward stack is empty, nothing happens.',
    ko: '앞으로: forward 스택이 비어 있어 아무 일도 일어나지 않습니다.',
  },
  'error.history.missingUrl': { en: "'visit' needs an address.", ko: "'visit' 뒤에 방문할 주소를 적어야 합니다." },

  // Command lists
  'error.commands.unclosedQuote': {
    en: 'The quote at position {index} is never closed.',
    ko: '{index}번 위치의 따옴표가 닫히지 않았습니다.',
  },
  'error.commands.trailingText': {
    en: 'Unexpected text after the closing quote at position {index}.',
    ko: '{index}번 위치, 닫는 따옴표 뒤에 쓸 수 없는 내용이 있습니다.',
  },
  'error.commands.unknown': {
    en: "Unknown command '{word}' at position {index} (use: {known}).",
    ko: "{index}번 위치의 '{word}' 는 알 수 없는 명령입니다(사용 가능: {known}).",
  },
  'error.commands.unexpectedArgument': {
    en: "'{word}' takes nothing after it (position {index}).",
    ko: "'{word}' 뒤에는 아무것도 적지 않습니다({index}번 위치).",
  },

  // Call stack
  'callstack.callTop': {
    en: 'Call {call}: its frame ({size} bytes) is pushed at {address}.',
    ko: '{call} 을 호출합니다. 이 호출의 프레임({size}바이트)이 {address} 에 push 됩니다.',
  },
  'callstack.call': {
    en: 'Line {line} calls {call}: a new frame ({size} bytes, depth {depth}) is pushed at {address}; it will return to line {line}.',
    ko: '{line}번 줄에서 {call} 을 호출합니다. 새 프레임({size}바이트, 깊이 {depth})이 {address} 에 push 되고, 끝나면 {line}번 줄로 돌아갑니다.',
  },
  'callstack.line': { en: 'Run line {line}.', ko: '{line}번 줄을 실행합니다.' },
  'callstack.assign': {
    en: 'Line {line}: the local {name} becomes {value}.',
    ko: '{line}번 줄: 지역 변수 {name} 에 {value} 가 저장됩니다.',
  },
  'callstack.returnTop': {
    en: '{call} returns {value}; its frame is popped.',
    ko: '{call} 이 {value} 를 반환하고, 프레임이 pop 됩니다.',
  },
  'callstack.return': {
    en: '{call} returns {value} to line {line} of its caller ({to}); its frame is popped.',
    ko: '{call} 이 {value} 를 반환합니다. 값은 호출한 쪽({to})의 {line}번 줄로 돌아가고, 프레임은 pop 됩니다.',
  },
  'callstack.move': {
    en: 'Move disk {disk} from {from} to {to}.',
    ko: '원판 {disk}을(를) {from} 에서 {to} 로 옮깁니다.',
  },
  'callstack.memoStore': {
    en: 'Store memo[{key}] = {value}.',
    ko: 'memo[{key}] = {value} 를 저장합니다.',
  },
  'callstack.memoHit': {
    en: 'memo already has {key}: return {value} without recursing.',
    ko: 'memo 에 {key} 가 이미 있으므로 재귀 없이 {value} 를 돌려줍니다.',
  },
  'callstack.recursionError': {
    en: 'RecursionError: calling {call} would need depth {depth}, over the limit of {limit}.',
    ko: 'RecursionError: {call} 을 호출하면 깊이가 {depth}가 되어 한도 {limit}을(를) 넘습니다.',
  },
  'callstack.done': { en: 'The program finished with the value {value}.', ko: '프로그램이 끝났습니다. 결과는 {value} 입니다.' },
  'error.callstack.unknownProgram': { en: "There is no program '{id}'.", ko: "'{id}' 라는 프로그램은 없습니다." },
  'error.callstack.badArg': {
    en: '{name} must be a whole number from {min} to {max}.',
    ko: '{name} 은 {min}부터 {max}까지의 정수여야 합니다.',
  },
  'error.callstack.badList': {
    en: '{name} must be a list of at most {maxLength} whole numbers from {min} to {max}.',
    ko: '{name} 은 {min}부터 {max}까지의 정수를 최대 {maxLength}개 담은 리스트여야 합니다.',
  },
  'error.callstack.notSorted': {
    en: '{name} must be sorted in ascending order (see element {index}).',
    ko: '{name} 은 오름차순으로 정렬되어 있어야 합니다({index}번째 원소를 확인하세요).',
  },
  'error.callstack.badOption': {
    en: 'The option {name} must be a whole number from {min} to {max}.',
    ko: '옵션 {name} 은 {min}부터 {max}까지의 정수여야 합니다.',
  },

  // N-Queens
  'nqueens.try': { en: 'Try a queen at row {row}, column {col}.', ko: '{row}행 {col}열에 퀸을 놓아 봅니다.' },
  'nqueens.conflict': {
    en: 'Row {row}, column {col} is attacked by the queen at row {withRow}, column {withCol}.',
    ko: '{row}행 {col}열은 {withRow}행 {withCol}열의 퀸에게 공격받습니다.',
  },
  'nqueens.place': { en: 'Row {row}, column {col} is safe: place the queen.', ko: '{row}행 {col}열은 안전하므로 퀸을 놓습니다.' },
  'nqueens.backtrack': {
    en: 'Backtrack: lift the queen from row {row}, column {col} and try the next column.',
    ko: '되돌아갑니다(백트래킹): {row}행 {col}열의 퀸을 치우고 다음 열을 시도합니다.',
  },
  'nqueens.solution': { en: 'All rows are filled: solution #{number}.', ko: '모든 행에 퀸을 놓았습니다. {number}번째 해입니다.' },
  'nqueens.done': { en: 'Search finished: {count} solution(s).', ko: '탐색이 끝났습니다. 해는 모두 {count}개입니다.' },
  'nqueens.why.attacked': {
    en: 'Row {row}, column {col} is attacked by the queen at row {withRow}, column {withCol}.',
    ko: '{row}행 {col}열은 {withRow}행 {withCol}열의 퀸과 같은 열이나 대각선에 있어 공격받습니다.',
  },
  'nqueens.why.leftmostSafe': {
    en: 'The search tries columns left to right: the first safe square in row {row} is column {col}.',
    ko: '탐색은 왼쪽 열부터 차례로 시도합니다. {row}행에서 처음으로 안전한 칸은 {col}열입니다.',
  },
  'nqueens.why.safeColumnExists': {
    en: 'Do not backtrack yet: column {col} of row {row} is still safe.',
    ko: '아직 되돌아갈 때가 아닙니다. {row}행 {col}열이 아직 안전합니다.',
  },
  'nqueens.why.noSafeColumn': {
    en: 'No square left in row {next} is safe: lift the queen in row {row} (column {col}).',
    ko: '{next}행에는 더 이상 안전한 칸이 없습니다. {row}행({col}열)의 퀸을 치워야 합니다.',
  },
  'nqueens.why.afterSolution': {
    en: 'A solution was recorded; to find the next one, lift the queen in row {row} (column {col}).',
    ko: '해를 하나 기록했습니다. 다음 해를 찾으려면 {row}행({col}열)의 퀸을 치웁니다.',
  },
  'error.nqueens.badN': { en: 'n must be a whole number of at least 1 (got {n}).', ko: 'n 은 1 이상의 정수여야 합니다({n} 을 받았습니다).' },

  // Maze
  'maze.try.down': { en: 'Look down at [{row}, {col}].', ko: '아래쪽 [{row}, {col}] 을 살펴봅니다.' },
  'maze.try.right': { en: 'Look right at [{row}, {col}].', ko: '오른쪽 [{row}, {col}] 을 살펴봅니다.' },
  'maze.try.up': { en: 'Look up at [{row}, {col}].', ko: '위쪽 [{row}, {col}] 을 살펴봅니다.' },
  'maze.try.left': { en: 'Look left at [{row}, {col}].', ko: '왼쪽 [{row}, {col}] 을 살펴봅니다.' },
  'maze.conflict.wall': { en: '[{row}, {col}] is a wall.', ko: '[{row}, {col}] 은 벽입니다.' },
  'maze.conflict.outside': { en: '[{row}, {col}] is outside the maze.', ko: '[{row}, {col}] 은 미로 밖입니다.' },
  'maze.conflict.visited': { en: '[{row}, {col}] was already visited.', ko: '[{row}, {col}] 은 이미 가 본 칸입니다.' },
  'maze.start': { en: 'Start at [{row}, {col}].', ko: '[{row}, {col}] 에서 출발합니다.' },
  'maze.place': { en: 'Step to [{row}, {col}] and push it onto the path.', ko: '[{row}, {col}] 로 이동하고 경로 스택에 push 합니다.' },
  'maze.backtrack': {
    en: '[{row}, {col}] is a dead end: pop it from the path and go back.',
    ko: '[{row}, {col}] 은 막다른 길입니다. 경로에서 pop 하고 되돌아갑니다.',
  },
  'maze.solution': { en: 'Reached the goal: the path has {length} cells.', ko: '목표에 도착했습니다. 경로는 {length}칸입니다.' },
  'maze.noPath': { en: 'Every option is used up: there is no path.', ko: '모든 갈림길을 다 시도했습니다. 길이 없습니다.' },
  'maze.why.moveOrder.down': {
    en: 'Directions are tried in the order down, right, up, left, and down is open.',
    ko: '방향은 아래, 오른쪽, 위, 왼쪽 순서로 시도하는데, 아래쪽이 열려 있습니다.',
  },
  'maze.why.moveOrder.right': {
    en: 'Directions are tried in the order down, right, up, left; down is blocked and right is open.',
    ko: '방향은 아래, 오른쪽, 위, 왼쪽 순서로 시도합니다. 아래쪽은 막혔고 오른쪽이 열려 있습니다.',
  },
  'maze.why.moveOrder.up': {
    en: 'Directions are tried in the order down, right, up, left; down and right are blocked, up is open.',
    ko: '방향은 아래, 오른쪽, 위, 왼쪽 순서로 시도합니다. 아래와 오른쪽은 막혔고 위쪽이 열려 있습니다.',
  },
  'maze.why.moveOrder.left': {
    en: 'Directions are tried in the order down, right, up, left; only left is still open.',
    ko: '방향은 아래, 오른쪽, 위, 왼쪽 순서로 시도합니다. 남은 것은 왼쪽뿐입니다.',
  },
  'maze.why.wall': { en: 'That square is a wall.', ko: '그 칸은 벽입니다.' },
  'maze.why.outside': { en: 'That step leaves the maze.', ko: '그쪽으로 가면 미로 밖입니다.' },
  'maze.why.visited': {
    en: 'That square was visited already; going back there could loop forever.',
    ko: '그 칸은 이미 가 봤습니다. 다시 가면 같은 곳을 계속 맴돌 수 있습니다.',
  },
  'maze.why.deadEnd': {
    en: 'Every direction from here is blocked or visited: step back.',
    ko: '여기서는 모든 방향이 막혔거나 이미 가 본 칸입니다. 한 칸 되돌아가야 합니다.',
  },
  'error.maze.empty': { en: 'The maze is empty.', ko: '미로가 비어 있습니다.' },
  'error.maze.ragged': {
    en: 'Row {row} has {length} cells, but the first row has {width}.',
    ko: '{row}번 행은 {length}칸인데, 첫 행은 {width}칸입니다.',
  },
  'error.maze.startOutside': { en: 'The start [{row}, {col}] is outside the maze.', ko: '출발점 [{row}, {col}] 이 미로 밖에 있습니다.' },
  'error.maze.startOnWall': { en: 'The start [{row}, {col}] is a wall.', ko: '출발점 [{row}, {col}] 이 벽입니다.' },
  'error.maze.goalOutside': { en: 'The goal [{row}, {col}] is outside the maze.', ko: '도착점 [{row}, {col}] 이 미로 밖에 있습니다.' },
  'error.maze.goalOnWall': { en: 'The goal [{row}, {col}] is a wall.', ko: '도착점 [{row}, {col}] 이 벽입니다.' },

  // Permutations and subsets
  'permutations.try': { en: 'Try {item} in slot {position}.', ko: '{position}번 자리에 {item} 을 넣어 봅니다.' },
  'permutations.conflict': { en: '{item} is already used.', ko: '{item} 은 이미 사용했습니다.' },
  'permutations.place': { en: 'Put {item} in slot {position}.', ko: '{position}번 자리에 {item} 을 넣습니다.' },
  'permutations.backtrack': { en: 'Take {item} back out of slot {position}.', ko: '{position}번 자리에서 {item} 을 다시 꺼냅니다.' },
  'permutations.skip': { en: 'Skip {item}.', ko: '{item} 은 건너뜁니다.' },
  'permutations.solution': { en: 'Arrangement #{number}: {result}.', ko: '{number}번째 순열: {result}' },
  'permutations.done': { en: 'All {count} arrangements found.', ko: '순열 {count}개를 모두 찾았습니다.' },
  'subsets.try': { en: 'Decide on {item}: first, include it.', ko: '{item} 을 넣을지 정합니다. 먼저 넣는 쪽부터 봅니다.' },
  'subsets.conflict': { en: '{item} cannot be used here.', ko: '{item} 은 여기에 쓸 수 없습니다.' },
  'subsets.place': { en: 'Include {item}.', ko: '{item} 을 부분집합에 넣습니다.' },
  'subsets.backtrack': { en: 'Take {item} back out.', ko: '{item} 을 다시 뺍니다.' },
  'subsets.skip': { en: 'Now leave {item} out.', ko: '이번에는 {item} 을 빼고 진행합니다.' },
  'subsets.solution': { en: 'Subset #{number}: {result}.', ko: '{number}번째 부분집합: {result}' },
  'subsets.done': { en: 'All {count} subsets found.', ko: '부분집합 {count}개를 모두 찾았습니다.' },
  'error.combo.badItems': { en: 'The items must be a list.', ko: '항목은 리스트여야 합니다.' },

  // Sudoku
  'sudoku.try': { en: 'Try {digit} at row {row}, column {col}.', ko: '{row}행 {col}열에 {digit} 을 넣어 봅니다.' },
  'sudoku.conflict.row': {
    en: 'Row {row} already has {digit} (at column {withCol}).',
    ko: '{row}행에는 이미 {digit} 이 있습니다({withCol}열).',
  },
  'sudoku.conflict.col': {
    en: 'Column {col} already has {digit} (at row {withRow}).',
    ko: '{col}열에는 이미 {digit} 이 있습니다({withRow}행).',
  },
  'sudoku.conflict.box': {
    en: 'This 3×3 box already has {digit} (at row {withRow}, column {withCol}).',
    ko: '이 3×3 상자에는 이미 {digit} 이 있습니다({withRow}행 {withCol}열).',
  },
  'sudoku.place': { en: 'Write {digit} at row {row}, column {col}.', ko: '{row}행 {col}열에 {digit} 을 씁니다.' },
  'sudoku.backtrack': {
    en: 'Dead end: erase {digit} at row {row}, column {col} and try the next digit.',
    ko: '막혔습니다. {row}행 {col}열의 {digit} 을 지우고 다음 숫자를 시도합니다.',
  },
  'sudoku.solution': { en: 'Every cell is filled: solved.', ko: '모든 칸을 채웠습니다. 풀었습니다.' },
  'sudoku.noSolution': { en: 'Every option failed: this puzzle has no solution.', ko: '모든 경우가 실패했습니다. 이 퍼즐에는 해가 없습니다.' },
  'error.sudoku.badShape': { en: 'A sudoku needs 9 rows (got {rows}).', ko: '스도쿠는 9개의 행이 필요합니다({rows}개를 받았습니다).' },
  'error.sudoku.badRow': { en: 'Row {row} must have 9 cells.', ko: '{row}행은 9칸이어야 합니다.' },
  'error.sudoku.badCell': {
    en: "Row {row}, column {col}: '{value}' is not a digit 0–9 (0 = empty).",
    ko: "{row}행 {col}열의 '{value}' 는 0–9 숫자가 아닙니다(0은 빈칸).",
  },
  'error.sudoku.conflictingGivens': {
    en: 'The given {digit} at row {row}, column {col} clashes with the one at row {withRow}, column {withCol}.',
    ko: '{row}행 {col}열에 주어진 {digit} 이 {withRow}행 {withCol}열의 {digit} 과 겹칩니다.',
  },

  // Generators
  'error.generator.badOption': {
    en: 'The generator option {name} must be from {min} to {max}.',
    ko: '생성기 옵션 {name} 은 {min}부터 {max}까지여야 합니다.',
  },
};
