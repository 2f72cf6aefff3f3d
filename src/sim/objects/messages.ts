import type { Strings } from '../../i18n/lang';

/** Narration and errors of `objects/` (names, objects, reference counts, the cyclic GC), en + ko. */
export const OBJECTS_MESSAGES = {
  'objects.stmt': {
    en: 'Line {line}: {code}',
    ko: '{line}행: {code}',
  },
  'objects.shared.immortal': {
    en: '{label} is a cached object shared by the whole interpreter. From 3.12 it is immortal: its count never changes.',
    ko: '{label} 은(는) 인터프리터 전체가 함께 쓰는 캐시 객체입니다. 3.12부터는 불멸 객체라서 참조 카운트가 바뀌지 않습니다.',
  },
  'objects.shared.cached': {
    en: '{label} is a cached object shared by the whole interpreter. Its real count depends on everything else running, so it is not modelled here.',
    ko: '{label} 은(는) 인터프리터 전체가 함께 쓰는 캐시 객체입니다. 실제 카운트는 인터프리터 안의 다른 모든 코드에 따라 달라지므로 여기서는 세지 않습니다.',
  },
  'objects.alloc': {
    en: 'A new {label} is created. For now only the expression being evaluated refers to it: count 1.',
    ko: '새 {label} 이(가) 만들어집니다. 지금은 계산 중인 식만 이 객체를 가리키므로 카운트는 1입니다.',
  },
  'objects.alloc.tracked': {
    en: 'A new {label} is created (count 1, held by the expression being evaluated). It is a container, so the cyclic GC tracks it in generation 0.',
    ko: '새 {label} 이(가) 만들어집니다(카운트 1, 계산 중인 식이 잡고 있음). 컨테이너이므로 순환 GC가 0세대에서 추적합니다.',
  },
  'objects.alloc.untrackedDict': {
    en: 'A new {label} is created (count 1). It holds no containers, so it cannot be part of a cycle: the GC does not track it.',
    ko: '새 {label} 이(가) 만들어집니다(카운트 1). 컨테이너를 담고 있지 않아 순환에 낄 수 없으므로 GC가 추적하지 않습니다.',
  },
  'objects.bind': {
    en: 'The name {name} now refers to {target}.',
    ko: '이름 {name} 이(가) 이제 {target} 을(를) 가리킵니다.',
  },
  'objects.rebind': {
    en: 'The name {name} now refers to {target}; its old object {old} loses one reference.',
    ko: '이름 {name} 이(가) 이제 {target} 을(를) 가리킵니다. 예전 객체 {old} 은(는) 참조를 하나 잃습니다.',
  },
  'objects.unbind': {
    en: 'del removes the name {name}, not the object: {target} loses one reference.',
    ko: 'del 은 객체가 아니라 이름 {name} 을(를) 지웁니다. {target} 의 참조가 하나 줄어듭니다.',
  },
  'objects.setAttr': {
    en: '{obj}.{key} now refers to {target}.',
    ko: '{obj}.{key} 이(가) 이제 {target} 을(를) 가리킵니다.',
  },
  'objects.setItem': {
    en: '{obj}[{key}] now refers to {target}.',
    ko: '{obj}[{key}] 이(가) 이제 {target} 을(를) 가리킵니다.',
  },
  'objects.append': {
    en: '{obj} gets a new last item that refers to {target}.',
    ko: '{obj} 의 끝에 {target} 을(를) 가리키는 항목이 하나 붙습니다.',
  },
  'objects.delAttr': {
    en: 'The attribute {obj}.{key} is deleted: {target} loses one reference.',
    ko: '속성 {obj}.{key} 을(를) 지웁니다. {target} 의 참조가 하나 줄어듭니다.',
  },
  'objects.delItem': {
    en: '{obj}[{key}] is deleted: {target} loses one reference.',
    ko: '{obj}[{key}] 을(를) 지웁니다. {target} 의 참조가 하나 줄어듭니다.',
  },
  'objects.track': {
    en: '{obj} now holds a container, so from now on the cyclic GC tracks it.',
    ko: '{obj} 이(가) 이제 컨테이너를 담고 있으므로 지금부터 순환 GC가 추적합니다.',
  },
  'objects.hold': {
    en: 'A function is about to run: the evaluation stack keeps its references to {targets} meanwhile (one more each).',
    ko: '함수가 곧 실행되므로, 그동안 평가 스택이 {targets} 에 대한 참조를 붙잡아 둡니다(각각 하나씩 늘어남).',
  },
  'objects.drop': {
    en: 'The value {target} is not kept anywhere: the reference the evaluation held is dropped.',
    ko: '{target} 값은 어디에도 저장되지 않으므로, 계산하며 잡고 있던 참조를 놓습니다.',
  },
  'objects.call': {
    en: 'Call {name}: a new frame is pushed and the arguments move from the stack into its parameters ({args}).',
    ko: '{name} 호출: 새 프레임이 쌓이고, 인자가 스택에서 매개변수로 옮겨 갑니다({args}).',
  },
  'objects.callOld': {
    en: 'Call {name}: a new frame is pushed and its parameters refer to the arguments ({args}). Before 3.11 the caller\'s stack also keeps each argument until the call returns.',
    ko: '{name} 호출: 새 프레임이 쌓이고 매개변수가 인자를 가리킵니다({args}). 3.11 이전에는 호출이 끝날 때까지 호출한 쪽 스택도 인자를 하나씩 더 붙잡고 있습니다.',
  },
  'objects.return': {
    en: '{name} returns {target}. Its frame is popped, and every name in it lets go of its object.',
    ko: '{name} 이(가) {target} 을(를) 돌려줍니다. 프레임이 사라지면서 그 안의 이름들이 가리키던 객체를 놓습니다.',
  },
  'objects.free.refcount': {
    en: 'The count of {label} reached 0: it is freed at once, and the references it held are released.',
    ko: '{label} 의 카운트가 0이 되었습니다. 곧바로 해제되고, 이 객체가 가지고 있던 참조들도 놓입니다.',
  },
  'objects.free.gc': {
    en: 'The collector frees {label}, which nothing outside the garbage could reach.',
    ko: '수집기가 {label} 을(를) 해제합니다. 쓰레기 바깥의 어떤 것도 이 객체에 닿을 수 없었습니다.',
  },
  'objects.print.count': {
    en: 'Prints {text}: the count of {label} plus the reference held by getrefcount\'s own argument.',
    ko: '{text} 을(를) 출력합니다. {label} 의 카운트에 getrefcount 의 인자가 잡은 참조 하나를 더한 값입니다.',
  },
  'objects.print.immortal': {
    en: 'Prints {text}: {label} is immortal, and getrefcount shows the fixed count of immortal objects in this version.',
    ko: '{text} 을(를) 출력합니다. {label} 은(는) 불멸 객체라서, getrefcount 는 이 버전에서 불멸 객체에 쓰는 고정값을 보여 줍니다.',
  },
  'objects.print.shared': {
    en: 'Prints ? here: {label} is shared by the whole interpreter before 3.12, so its real count is not something this program decides.',
    ko: '여기서는 ? 로 표시합니다. 3.12 이전의 {label} 은(는) 인터프리터 전체가 함께 쓰므로, 실제 카운트는 이 프로그램만으로 정해지지 않습니다.',
  },
  'objects.print.atom': {
    en: 'Prints ? here: {label} is a constant of the compiled code, which holds references the model does not see.',
    ko: '여기서는 ? 로 표시합니다. {label} 은(는) 컴파일된 코드의 상수라서, 모델이 보지 못하는 참조가 더 있습니다.',
  },
  'objects.gc.collect': {
    en: 'gc.collect(): a full collection of generations 0 to 2 examines {examined} tracked objects.',
    ko: 'gc.collect(): 0세대부터 2세대까지 전체를 수집하며, 추적 중인 객체 {examined}개를 살펴봅니다.',
  },
  'objects.gc.auto': {
    en: 'More container allocations than deallocations passed the threshold: the GC collects generation {gen} ({examined} tracked objects).',
    ko: '컨테이너 할당이 해제보다 임계값 넘게 많아졌습니다. GC가 {gen}세대를 수집합니다(추적 중인 객체 {examined}개).',
  },
  'objects.gc.nothing': {
    en: 'Trial deletion: every examined object is still referenced from outside the examined set. Nothing is unreachable.',
    ko: '시험 삭제 결과, 살펴본 객체마다 바깥에서 오는 참조가 남아 있습니다. 닿을 수 없는 객체가 없습니다.',
  },
  'objects.gc.found': {
    en: 'Trial deletion: after subtracting the references among the examined objects, {n} objects have none left from outside and nothing reachable points to them: {labels}. They are garbage.',
    ko: '시험 삭제 결과, 살펴본 객체끼리의 참조를 빼고 나니 {n}개 객체에는 바깥에서 오는 참조가 없고, 닿을 수 있는 객체도 이들을 가리키지 않습니다: {labels}. 쓰레기입니다.',
  },
  'objects.gc.end': {
    en: 'Collection of generation {gen} done: {n} freed; {survivors} survivors move to generation {next}.',
    ko: '{gen}세대 수집 완료: {n}개를 해제했고, 살아남은 {survivors}개는 {next}세대로 옮겨 갑니다.',
  },
  'objects.gc.endFull': {
    en: 'Full collection done: {n} unreachable objects found and freed; {survivors} survivors stay in generation 2.',
    ko: '전체 수집 완료: 닿을 수 없는 객체 {n}개를 찾아 해제했고, 살아남은 {survivors}개는 2세대에 남습니다.',
  },
  'objects.gc.disable': {
    en: 'gc.disable(): automatic collections stop. Reference counting still frees objects at once; only cycles wait.',
    ko: 'gc.disable(): 자동 수집이 멈춥니다. 참조 카운팅은 여전히 곧바로 해제하고, 순환만 기다리게 됩니다.',
  },
  'objects.gc.enable': {
    en: 'gc.enable(): automatic collections resume.',
    ko: 'gc.enable(): 자동 수집을 다시 시작합니다.',
  },
  'objects.gc.threshold': {
    en: 'gc.set_threshold: the thresholds are now ({t0}, {t1}, {t2}).',
    ko: 'gc.set_threshold: 임계값이 이제 ({t0}, {t1}, {t2}) 입니다.',
  },

  'objects.explain.refs': {
    en: '{name} refers to {label}. References to it: {refs}. That is {count} in all, and getrefcount\'s own argument adds one: {printed}.',
    ko: '{name} 은(는) {label} 을(를) 가리킵니다. 이 객체를 가리키는 참조: {refs}. 모두 {count}개이고, getrefcount 의 인자가 하나를 더하므로 {printed} 입니다.',
  },
  'objects.explain.lines': {
    en: 'Lines that changed its count: {lines}.',
    ko: '카운트를 바꾼 줄: {lines}.',
  },
  'objects.explain.refcount': {
    en: '{label} was freed on line {line}: that statement took away its last reference, so its count fell to 0 and it was freed at once.',
    ko: '{label} 은(는) {line}행에서 해제되었습니다. 그 문장이 마지막 참조를 없애서 카운트가 0이 되었고, 곧바로 해제되었습니다.',
  },
  'objects.explain.gc': {
    en: '{label} is unreachable but its count is still {count}: its references come from garbage ({refs}). Reference counting never frees it; only the cyclic GC can.',
    ko: '{label} 은(는) 닿을 수 없지만 카운트가 아직 {count} 입니다. 참조가 쓰레기 쪽에서 옵니다({refs}). 참조 카운팅으로는 절대 해제되지 않고, 순환 GC만 해제할 수 있습니다.',
  },
  'objects.explain.alive': {
    en: '{label} is still reachable from a name: {path}.',
    ko: '{label} 은(는) 아직 이름에서 닿을 수 있습니다: {path}.',
  },

  'error.objects.unclosedString': { en: 'Line {line}, column {column}: the string is not closed.', ko: '{line}행 {column}열: 문자열이 닫히지 않았습니다.' },
  'error.objects.escape': { en: 'Line {line}, column {column}: backslash escapes are not supported in strings here.', ko: '{line}행 {column}열: 여기서는 문자열에 역슬래시 이스케이프를 쓸 수 없습니다.' },
  'error.objects.badNumber': { en: 'Line {line}, column {column}: only whole numbers are supported.', ko: '{line}행 {column}열: 정수만 쓸 수 있습니다.' },
  'error.objects.badChar': { en: "Line {line}, column {column}: '{char}' is not part of this language.", ko: "{line}행 {column}열: '{char}' 은(는) 이 언어에서 쓸 수 없는 문자입니다." },
  'error.objects.unexpectedEnd': { en: 'Line {line}, column {column}: the line ends too early.', ko: '{line}행 {column}열: 줄이 너무 일찍 끝났습니다.' },
  'error.objects.unexpected': { en: "Line {line}, column {column}: '{token}' is not expected here.", ko: "{line}행 {column}열: 여기에는 '{token}' 이(가) 올 수 없습니다." },
  'error.objects.badIndex': { en: 'Line {line}, column {column}: an index must be a whole number or a string literal.', ko: '{line}행 {column}열: 인덱스는 정수나 문자열 리터럴이어야 합니다.' },
  'error.objects.dictKey': { en: "Line {line}, column {column}: dict keys must be string literals, like {'k': x}.", ko: "{line}행 {column}열: dict 의 키는 {'k': x} 처럼 문자열 리터럴이어야 합니다." },
  'error.objects.badTarget': { en: 'Line {line}, column {column}: you can assign to or delete only a name, an attribute or an item.', ko: '{line}행 {column}열: 대입하거나 지울 수 있는 것은 이름, 속성, 항목뿐입니다.' },
  'error.objects.duplicateParam': { en: 'Line {line}, column {column}: the parameter {name} appears twice.', ko: '{line}행 {column}열: 매개변수 {name} 이(가) 두 번 나옵니다.' },
  'error.objects.returnOutside': { en: 'Line {line}, column {column}: return is allowed only inside a def.', ko: '{line}행 {column}열: return 은 def 안에서만 쓸 수 있습니다.' },
  'error.objects.module': { en: 'Line {line}, column {column}: only gc and sys can be imported (got {name}).', ko: '{line}행 {column}열: import 할 수 있는 모듈은 gc 와 sys 뿐입니다({name}).' },
  'error.objects.print': { en: 'Line {line}, column {column}: print is supported only as print(sys.getrefcount(x)).', ko: '{line}행 {column}열: print 는 print(sys.getrefcount(x)) 형태로만 쓸 수 있습니다.' },
  'error.objects.gcOp': { en: 'Line {line}, column {column}: gc.{name} is not supported (use collect, disable, enable or set_threshold).', ko: '{line}행 {column}열: gc.{name} 은(는) 지원하지 않습니다(collect, disable, enable, set_threshold 를 쓰세요).' },
  'error.objects.gcArgs': { en: 'Line {line}, column {column}: wrong arguments for gc.{name} (set_threshold takes 1 to 3 numbers, the others none).', ko: '{line}행 {column}열: gc.{name} 의 인자가 맞지 않습니다(set_threshold 는 수 1~3개, 나머지는 인자 없음).' },
  'error.objects.statement': { en: 'Line {line}, column {column}: {word} is not part of this small language.', ko: '{line}행 {column}열: {word} 은(는) 이 작은 언어에 없는 문장입니다.' },
  'error.objects.keyword': { en: 'Line {line}, column {column}: {word} cannot be used here.', ko: '{line}행 {column}열: 여기에는 {word} 을(를) 쓸 수 없습니다.' },
  'error.objects.chained': { en: 'Line {line}, column {column}: chained assignment (a = b = …) is not supported.', ko: '{line}행 {column}열: 연쇄 대입(a = b = …)은 지원하지 않습니다.' },
  'error.objects.method': { en: 'Line {line}, column {column}: the method {name} is not supported (only append).', ko: '{line}행 {column}열: {name} 메서드는 지원하지 않습니다(append 만 됩니다).' },
  'error.objects.noEffect': { en: 'Line {line}, column {column}: this line does nothing; write an assignment, a call or a del.', ko: '{line}행 {column}열: 이 줄은 아무 일도 하지 않습니다. 대입, 호출, del 중 하나를 쓰세요.' },
  'error.objects.indent': { en: 'Line {line}, column {column}: unexpected indentation.', ko: '{line}행 {column}열: 들여쓰기가 맞지 않습니다.' },
  'error.objects.emptyBlock': { en: 'Line {line}, column {column}: this block needs an indented body.', ko: '{line}행 {column}열: 이 블록에는 들여쓴 본문이 있어야 합니다.' },
  'error.objects.classBody': { en: 'Line {line}, column {column}: a class body may only contain pass.', ko: '{line}행 {column}열: class 본문에는 pass 만 쓸 수 있습니다.' },
  'error.objects.nested': { en: 'Line {line}, column {column}: a def or class inside a def is not supported.', ko: '{line}행 {column}열: def 안의 def 나 class 는 지원하지 않습니다.' },
  'error.objects.unknownName': { en: "Line {line}, column {column}: the name {name} is not defined.", ko: '{line}행 {column}열: 이름 {name} 이(가) 정의되어 있지 않습니다.' },
  'error.objects.unboundLocal': { en: 'Line {line}, column {column}: the local name {name} is used before it is assigned.', ko: '{line}행 {column}열: 지역 이름 {name} 을(를) 대입하기 전에 사용했습니다.' },
  'error.objects.notCallable': { en: 'Line {line}, column {column}: {name} refers to {target}, which is not a function.', ko: '{line}행 {column}열: {name} 은(는) 함수가 아닌 {target} 을(를) 가리킵니다.' },
  'error.objects.instanceArgs': { en: 'Line {line}, column {column}: {name}() takes no arguments here; set attributes afterwards.', ko: '{line}행 {column}열: 여기서 {name}() 은(는) 인자를 받지 않습니다. 속성은 만든 뒤에 대입하세요.' },
  'error.objects.arity': { en: 'Line {line}, column {column}: {name} takes {n} arguments, not {given}.', ko: '{line}행 {column}열: {name} 은(는) 인자 {n}개를 받습니다({given}개를 주었습니다).' },
  'error.objects.depth': { en: 'Line {line}, column {column}: calling {name} would nest more than {max} calls deep; the simulation stops here.', ko: '{line}행 {column}열: {name} 을(를) 호출하면 호출 깊이가 {max}를 넘으므로 시뮬레이션을 멈춥니다.' },
  'error.objects.notContainer': { en: 'Line {line}, column {column}: {target} has no items or attributes.', ko: '{line}행 {column}열: {target} 에는 항목도 속성도 없습니다.' },
  'error.objects.attrOnNonInstance': { en: 'Line {line}, column {column}: {obj} is a {type}; only instances of a class have attributes here (.{attr}).', ko: '{line}행 {column}열: {obj} 은(는) {type} 입니다. 여기서는 클래스의 인스턴스만 속성(.{attr})을 가질 수 있습니다.' },
  'error.objects.noAttr': { en: 'Line {line}, column {column}: {obj} has no attribute {attr}.', ko: '{line}행 {column}열: {obj} 에는 {attr} 속성이 없습니다.' },
  'error.objects.appendNonList': { en: 'Line {line}, column {column}: {obj} is a {type}; only a list has append.', ko: '{line}행 {column}열: {obj} 은(는) {type} 입니다. append 는 list 에만 있습니다.' },
  'error.objects.tupleAssign': { en: 'Line {line}, column {column}: {obj} is a tuple, and a tuple cannot be changed.', ko: '{line}행 {column}열: {obj} 은(는) tuple 이라서 바꿀 수 없습니다.' },
  'error.objects.indexType': { en: 'Line {line}, column {column}: {obj} is a {type}: index it with a number (list, tuple) or a string key (dict).', ko: '{line}행 {column}열: {obj} 은(는) {type} 입니다. list/tuple 은 정수로, dict 는 문자열 키로 인덱싱하세요.' },
  'error.objects.indexRange': { en: 'Line {line}, column {column}: index {index} is out of range for {obj}, which has {n} items.', ko: '{line}행 {column}열: 인덱스 {index} 은(는) 항목이 {n}개인 {obj} 의 범위를 벗어납니다.' },
  'error.objects.keyMissing': { en: "Line {line}, column {column}: {obj} has no key '{key}'.", ko: "{line}행 {column}열: {obj} 에는 '{key}' 키가 없습니다." },
  'error.objects.notSubscriptable': { en: 'Line {line}, column {column}: {obj} is a {type} and has no items.', ko: '{line}행 {column}열: {obj} 은(는) {type} 이라서 항목이 없습니다.' },
  'error.objects.badThreshold': { en: 'Line {line}, column {column}: thresholds above {max} are not supported here.', ko: '{line}행 {column}열: {max}보다 큰 임계값은 여기서 지원하지 않습니다.' },
} satisfies Strings;
