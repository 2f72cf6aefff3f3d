import type { Strings } from '../../i18n/lang';

/** Explanations of the size-class exercise (size-class-problems.ts), en + ko. */
export const SIZE_CLASS_MESSAGES = {
  'sizeClass.explain.small': {
    en: '{nbytes} bytes is 1–512, so pymalloc serves it: class ({nbytes} − 1) >> 4 = {sizeClass}, blocks of {blockSize} bytes ({slack} bytes of the block unused). On CPython {version} a pool is {poolKib} KiB: ({poolSize} − {overhead}-byte header) // {blockSize} = {blocks} blocks, and the last {waste} bytes are left over.',
    ko: '{nbytes}바이트는 1~512 범위라 pymalloc 이 맡습니다. 등급은 ({nbytes} − 1) >> 4 = {sizeClass}, 블록 크기는 {blockSize}바이트입니다(블록에서 {slack}바이트는 쓰이지 않음). CPython {version} 의 풀은 {poolKib} KiB 이므로 ({poolSize} − 헤더 {overhead}바이트) // {blockSize} = 블록 {blocks}개이고, 끝의 {waste}바이트는 남습니다.',
  },
  'sizeClass.explain.zero': {
    en: 'A request of 0 bytes is not served by pymalloc: on CPython {version} it goes to the raw allocator (malloc), which still returns a unique pointer.',
    ko: '0바이트 요청은 pymalloc 이 처리하지 않습니다. CPython {version} 에서는 원시 할당기(malloc)로 넘어가고, malloc 은 그래도 고유한 포인터를 돌려줍니다.',
  },
  'sizeClass.explain.large': {
    en: '{nbytes} bytes is more than SMALL_REQUEST_THRESHOLD ({threshold} on CPython {version}), so pymalloc passes the request to the raw allocator (malloc): no size class, no pool.',
    ko: '{nbytes}바이트는 SMALL_REQUEST_THRESHOLD(CPython {version} 에서 {threshold})보다 크므로 pymalloc 이 원시 할당기(malloc)로 넘깁니다. 크기 등급도 풀도 없습니다.',
  },
} satisfies Strings;
