// Strings of chapter 7's LayerDiagram and ListGrowthPlayer islands (en + ko), and the
// server-side helpers that hand an island its page language's strings only.
import { stringsOf } from '../../i18n/messages';
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { LAYER_MESSAGES } from '../../sim/pymalloc/layer-messages';
import { PYMALLOC_MESSAGES } from '../../sim/pymalloc/messages';

export const cpythonViewStrings = /* @__PURE__ */ stringsOf([
  'cpy.layers.heading',
  'cpy.layers.intro',
  'cpy.layers.build',
  'cpy.layers.list',
  'cpy.layers.domains',
  'cpy.layers.option',
  'cpy.layers.domainOption',
  'cpy.layers.off',
  'cpy.layers.kernel',
  'cpy.layers.process',
  'cpy.layers.through',
  'cpy.layers.throughNone',
  'cpy.layers.what',
  'cpy.layers.serves',
  'cpy.layers.functions',
  'cpy.layers.noFunctions',
  'cpy.layers.kind.c-api',
  'cpy.layers.kind.c-api-macro',
  'cpy.layers.kind.libc',
  'cpy.layers.kind.kernel',
  'cpy.layers.notes',
  'cpy.layers.noNotes',
  'cpy.layers.noteVersion',
  'cpy.layers.tag.SRC',
  'cpy.layers.tag.DOC',
  'cpy.layers.tag.LOCAL',
  'cpy.layers.tag.ISSUE',
  'cpy.layers.correction',
  'cpy.layers.inBuild',
  'cpy.layers.allocator',
  'cpy.layers.debugHooks',
  'cpy.layers.gil',
  'cpy.layers.gilYes',
  'cpy.layers.gilNo',
  'cpy.layers.routes',
  'cpy.layers.route',
  'cpy.layers.purpose',
  'cpy.layers.defaults',
  'cpy.layers.buildCol',
  'cpy.layers.nameCol',
  'cpy.layers.noName',
  'cpy.layers.pythonmalloc',
  'cpy.layers.since',
  'cpy.layers.debugValue',
  'cpy.layers.picture',
  'cpy.layers.keys',
  'cpy.layers.announceLayer',
  'cpy.layers.announceDomain',
  'cpy.layers.announceBuild',
  'cpy.growth.heading',
  'cpy.growth.intro',
  'cpy.growth.version',
  'cpy.growth.compare',
  'cpy.growth.formula',
  'cpy.growth.length',
  'cpy.growth.capacity',
  'cpy.growth.itemBytes',
  'cpy.growth.itemBytesValue',
  'cpy.growth.getsizeof',
  'cpy.growth.getsizeofValue',
  'cpy.growth.getsizeofUnknown',
  'cpy.growth.slots',
  'cpy.growth.steps',
  'cpy.growth.initial',
  'cpy.growth.resize',
  'cpy.growth.noResize',
  'cpy.growth.table',
  'cpy.growth.appendCol',
  'cpy.growth.capCol',
  'cpy.growth.resized',
  'cpy.growth.resizes',
  'cpy.growth.pathNote',
]);

/** LayerDiagram's strings in `lang`: its own, plus the sentences of src/sim/pymalloc/layers.ts. */
export function layerDiagramMessages(lang: Lang): Messages {
  return messagesFor([cpythonViewStrings, LAYER_MESSAGES], lang, ['cpy.layers.', 'layers.']);
}

/** ListGrowthPlayer's strings in `lang`: its own, the step player's and the core's errors. */
export function listGrowthMessages(lang: Lang): Messages {
  return messagesFor([cpythonViewStrings, playerStrings, PYMALLOC_MESSAGES], lang, ['cpy.growth.', 'player.', 'error.pymalloc.']);
}
