import type { Strings } from '../../i18n/lang';

/** Narration and reasons of `heap/problems.ts` ("pick the block this policy chooses"), en + ko. */
export const ALLOC_FIT_MESSAGES = {
  'allocfit.pick': {
    en: 'Request {n}: malloc({request}) needs {need} bytes. {policy} picks the free block at {address} ({size} bytes).',
    ko: '{n}번 요청: malloc({request}) 에는 {need}바이트가 필요합니다. {policy} 은 {address} 의 빈 블록({size}바이트)을 고릅니다.',
  },
  'allocfit.pickNull': {
    en: 'Request {n}: malloc({request}) needs {need} bytes, but the largest free block has {largest}. No block fits: malloc returns NULL.',
    ko: '{n}번 요청: malloc({request}) 에는 {need}바이트가 필요하지만 가장 큰 빈 블록은 {largest}바이트입니다. 들어갈 블록이 없으므로 malloc 은 NULL 을 돌려줍니다.',
  },
  'allocfit.why.first': {
    en: 'First-fit scans the free blocks from the lowest address and takes the first one with at least {need} bytes: the block at {address} ({size} bytes).',
    ko: 'first-fit 은 낮은 주소부터 빈 블록을 훑다가 {need}바이트 이상인 첫 블록을 잡습니다. 바로 {address} 의 블록({size}바이트)입니다.',
  },
  'allocfit.why.next': {
    en: 'Next-fit starts where the last search ended (the rover, {rover}), scans towards the end of the heap and wraps around; the first block with at least {need} bytes it meets is at {address} ({size} bytes).',
    ko: 'next-fit 은 지난번 탐색이 끝난 곳(이동 포인터, {rover})에서 시작해 힙 끝까지 훑고, 끝에 닿으면 처음으로 돌아갑니다. 그렇게 만나는 {need}바이트 이상의 첫 블록이 {address} 의 블록({size}바이트)입니다.',
  },
  'allocfit.why.best': {
    en: 'Best-fit looks at every free block and takes the smallest one that still holds {need} bytes: the block at {address} ({size} bytes).',
    ko: 'best-fit 은 빈 블록을 모두 살펴보고 {need}바이트가 들어가는 것 가운데 가장 작은 블록을 잡습니다. 바로 {address} 의 블록({size}바이트)입니다.',
  },
  'allocfit.why.worst': {
    en: 'Worst-fit takes the largest free block, so that the piece left over stays large: the block at {address} ({size} bytes).',
    ko: 'worst-fit 은 남는 조각도 크게 남도록 가장 큰 빈 블록을 잡습니다. 바로 {address} 의 블록({size}바이트)입니다.',
  },
  'allocfit.why.null': {
    en: 'No free block has {need} bytes (the largest has {largest}), whatever the policy: malloc returns NULL.',
    ko: '어떤 정책을 쓰든 {need}바이트를 가진 빈 블록이 없습니다(가장 큰 빈 블록은 {largest}바이트). 그래서 malloc 은 NULL 을 돌려줍니다.',
  },
  'allocfit.why.notNull': {
    en: 'At least one free block holds the {need} bytes, so {policy} finds a block and malloc does not return NULL.',
    ko: '{need}바이트가 들어가는 빈 블록이 적어도 하나 있으므로 {policy} 은 블록을 찾아내고, malloc 은 NULL 을 돌려주지 않습니다.',
  },
  'allocfit.why.notFree': {
    en: 'The block at {picked} is not free: it belongs to the program until it is freed.',
    ko: '{picked} 의 블록은 빈 블록이 아닙니다. 해제되기 전까지는 프로그램이 쓰고 있는 블록입니다.',
  },
  'allocfit.why.tooSmall': {
    en: 'The block at {picked} has {pickedSize} bytes, fewer than the {need} bytes this request needs (the request rounded up to a multiple of 16).',
    ko: '{picked} 의 블록은 {pickedSize}바이트로, 이번 요청에 필요한 {need}바이트(요청 크기를 16의 배수로 올린 값)보다 작습니다.',
  },
  'allocfit.why.notFirst': {
    en: 'The block at {picked} is big enough, but first-fit takes the lowest-addressed block that fits, and a block before it fits too.',
    ko: '{picked} 의 블록도 충분히 크지만, first-fit 은 들어가는 블록 가운데 주소가 가장 낮은 것을 잡습니다. 그보다 앞에도 들어가는 블록이 있습니다.',
  },
  'allocfit.why.notNext': {
    en: 'The block at {picked} is big enough, but next-fit starts at the rover ({rover}) and wraps around at the end of the heap; on that path it meets another block that fits first.',
    ko: '{picked} 의 블록도 충분히 크지만, next-fit 은 이동 포인터({rover})에서 출발해 힙 끝에서 처음으로 돌아가며 훑습니다. 그 순서로는 들어가는 다른 블록을 먼저 만납니다.',
  },
  'allocfit.why.notBest': {
    en: 'The block at {picked} ({pickedSize} bytes) is big enough, but a smaller free block also holds {need} bytes, and best-fit takes the tightest fit.',
    ko: '{picked} 의 블록({pickedSize}바이트)도 충분히 크지만, {need}바이트가 들어가는 더 작은 빈 블록이 있습니다. best-fit 은 가장 꼭 맞는 블록을 잡습니다.',
  },
  'allocfit.why.notWorst': {
    en: 'The block at {picked} ({pickedSize} bytes) is big enough, but worst-fit takes the largest free block, and there is a larger one.',
    ko: '{picked} 의 블록({pickedSize}바이트)도 충분히 크지만, worst-fit 은 가장 큰 빈 블록을 잡습니다. 이보다 큰 빈 블록이 있습니다.',
  },
  'allocfit.why.tie': {
    en: 'The block at {picked} has the same size as the best candidate, but the search keeps the first of equal blocks it meets, and the other one comes earlier.',
    ko: '{picked} 의 블록도 최적 후보와 크기가 같지만, 탐색은 크기가 같은 블록 가운데 먼저 만난 것을 유지합니다. 다른 블록이 더 앞에 있습니다.',
  },
} satisfies Strings;
