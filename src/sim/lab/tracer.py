# The Python lab's tracer. Runs inside Pyodide (CPython 3.14, wasm32); loaded as text by
# runtime.ts into a namespace of its own. It records, per step, only what changed (the format
# is documented in delta.ts) and writes batches as frames on fd 1, which the JS side reads with
# setStdout: no JS object is ever handed to Python, so user code has nothing to reach the page by.
import builtins
import ctypes
import gc
import json
import os
import sys

_MAGIC = b'\x1eLAB'
_BLOCKED = frozenset(('js', 'pyodide', 'pyodide_js', '_pyodide', '_pyodide_core', 'micropip', 'pyodide_http'))
_FILENAME = '<lab>'
_ATOM_TYPES = frozenset((int, float, bool, type(None), complex))
_STR_ATOM_MAX = 64
_REPR_MAX = 120
_HIDDEN_NAMES = frozenset(('__builtins__', '__name__', '__doc__'))
_getrefcount = sys.getrefcount
_getsizeof = sys.getsizeof
_is_tracked = gc.is_tracked


class LabStop(BaseException):
    """Raised inside the program to end it when a budget is reached (not an Exception, so
    `except Exception` in student code does not swallow it)."""


def _blocked(name):
    return name.split('.', 1)[0] in _BLOCKED


class _BlockFfi:
    """A meta-path finder that refuses the FFI modules, so importlib cannot load them either."""

    def find_spec(self, name, path=None, target=None):
        if _blocked(name):
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return None


def _cut_ffi():
    """Once, when the tracer is installed: the FFI modules leave sys.modules, Pyodide's JS-module
    finder is emptied and removed, and imports of them are refused from then on. The runtime
    needs none of them (JS calls in through its own proxies), and nothing the program can walk
    to (a frame, the tracer's namespace) keeps a JS object."""
    for name in [n for n in sys.modules if _blocked(n)]:
        del sys.modules[name]
    for finder in list(sys.meta_path):
        proxies = getattr(finder, 'jsproxies', None)
        if isinstance(proxies, dict):
            proxies.clear()
            sys.meta_path.remove(finder)
    if not any(isinstance(f, _BlockFfi) for f in sys.meta_path):
        sys.meta_path.insert(0, _BlockFfi())


def _protect_c_stack(window=48 * 1024):
    # Recursion through C (__repr__, __eq__, sorted(key=)) overflows the JS stack long before
    # CPython's own C-stack guess triggers; a small window below the current stack pointer makes
    # it raise RecursionError instead (pyodide issue 5959).
    try:
        lib = ctypes.CDLL(None)
        current = lib.emscripten_stack_get_current
        current.restype = ctypes.c_size_t
        api = ctypes.pythonapi
        api.PyThreadState_Get.restype = ctypes.c_void_p
        protect = api.PyUnstable_ThreadState_SetStackProtection
        protect.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
        sp = current()
        return protect(api.PyThreadState_Get(), sp - window, window) == 0
    except Exception:
        return False


def _short(text):
    return text if len(text) <= _REPR_MAX else text[: _REPR_MAX - 1] + '…'


def _calibrate():
    """References the tracer itself holds when `record` measures an object in the walk (the
    walk's `o`, the parameter, the call's argument): measured on a probe that nothing else holds,
    in the same shape as `walk`."""
    rec = _Recorder(0, 8)
    todo = [[]]
    o = todo.pop()
    out = []
    rec.record(o, out)
    return out[0]['r']


class _Recorder:
    """Heap walking and per-object records for one run."""

    def __init__(self, bias, max_items):
        self.bias = bias
        self.max_items = max_items
        self.known = {}
        # id -> references the tracer holds beyond the calibrated ones (a return value it keeps).
        self.extra_refs = {}

    def value(self, v):
        """A slot's value: repr for a small immutable, else the object's id (an address)."""
        t = type(v)
        if t in _ATOM_TYPES:
            if t is int and v.bit_length() > 4000:
                return f'<int of {v.bit_length()} bits>'  # repr would refuse (int_max_str_digits)
            return _short(repr(v))
        if t is str and len(v) <= _STR_ATOM_MAX:
            return repr(v)
        return id(v)

    def is_atom(self, v):
        t = type(v)
        return t in _ATOM_TYPES or (t is str and len(v) <= _STR_ATOM_MAX)

    def record(self, obj, out):
        """Appends obj's record to `out` when it changed since last seen; returns the objects it
        refers to (for the walk). Holds no reference to obj after returning."""
        t = type(obj)
        rc = _getrefcount(obj) - self.bias
        if self.extra_refs:
            rc -= self.extra_refs.get(id(obj), 0)
        cap = self.max_items
        kind = 'other'
        refs = ()
        sig_items = ()
        n = None
        if t is list or t is tuple:
            kind = 'list' if t is list else 'tuple'
            n = len(obj)
            refs = obj[:cap] if n > cap else obj
            sig_items = tuple(map(id, refs))
        elif t is dict:
            kind = 'dict'
            n = len(obj)
            refs = list(obj.items())[:cap] if n > cap else list(obj.items())
            sig_items = tuple((id(k), id(v)) for k, v in refs)
        elif t is set or t is frozenset:
            kind = 'set'
            n = len(obj)
            refs = list(obj)[:cap]
            sig_items = tuple(map(id, refs))
        elif isinstance(obj, type):
            kind = 'class'
        elif t is _FunctionType:
            kind = 'function'
        elif t is _ModuleType:
            kind = 'module'
        elif t is str or t is bytes:
            kind = 'str' if t is str else 'bytes'
            n = len(obj)
        elif type(d := _instance_dict(obj)) is dict:
            kind = 'instance'
            n = len(d)
            refs = list(d.items())[:cap]
            sig_items = tuple((k, id(v)) for k, v in refs)
        size = _getsizeof(obj)
        oid = id(obj)
        sig = (t, rc, size, n, sig_items)
        if self.known.get(oid) != sig:
            self.known[oid] = sig
            rec = {'i': oid, 't': t.__name__, 'k': kind, 's': size, 'r': rc, 'g': 1 if _is_tracked(obj) else 0}
            if n is not None:
                rec['n'] = n
            val = self.value
            if kind in ('list', 'tuple', 'set'):
                rec['it'] = [val(x) for x in refs]
            elif kind == 'dict':
                rec['d'] = [[val(k), val(v)] for k, v in refs]
            elif kind == 'instance':
                rec['f'] = [[k, val(v)] for k, v in refs]
            elif kind in ('function', 'class'):
                rec['x'] = getattr(obj, '__qualname__', t.__name__)
            elif kind == 'module':
                rec['x'] = obj.__name__
            elif kind in ('str', 'bytes'):
                rec['x'] = _short(repr(obj))
            else:
                try:
                    rec['x'] = _short(object.__repr__(obj))
                except Exception:
                    pass
            out.append(rec)
        # The objects it refers to (the atom test written out: this runs for every item, every step).
        if kind == 'dict':
            return [x for kv in refs for x in kv if type(x) not in _ATOM_TYPES and (type(x) is not str or len(x) > _STR_ATOM_MAX)]
        if kind == 'instance':
            return [v for _, v in refs if type(v) not in _ATOM_TYPES and (type(v) is not str or len(v) > _STR_ATOM_MAX)]
        if kind in ('list', 'tuple', 'set'):
            return [x for x in refs if type(x) not in _ATOM_TYPES and (type(x) is not str or len(x) > _STR_ATOM_MAX)]
        return ()


def _instance_dict(obj):
    # object.__getattribute__, so a class's own __getattr__ / __getattribute__ never runs here.
    try:
        return object.__getattribute__(obj, '__dict__')
    except Exception:
        return None


_FunctionType = type(_short)
_ModuleType = type(sys)


class _Writer:
    """sys.stdout / sys.stderr of the program: text goes into the next step's delta."""

    def __init__(self, pending):
        self.pending = pending
        self.encoding = 'utf-8'

    def write(self, s):
        if type(s) is not str:
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self.pending.append(s)
        return len(s)

    def flush(self):
        pass

    def writable(self):
        return True

    def isatty(self):
        return False


def _emit_frame(payload):
    data = payload.encode('utf-8')
    os.write(1, _MAGIC + str(len(data)).encode() + b'\n' + data)


def run(source, options_json):
    """Runs `source` traced; streams batches; returns the end record as JSON (see delta.ts)."""
    opts = json.loads(options_json)
    max_steps = int(opts.get('maxSteps', 1_000_000))
    max_walk = int(opts.get('maxHeapWalk', 1000))
    max_items = int(opts.get('maxItems', 100))
    batch_size = int(opts.get('batchSize', 2000))
    lines = list(opts.get('input', []))

    try:
        code = compile(source, _FILENAME, 'exec')
    except SyntaxError as e:
        return json.dumps({'reason': 'syntax', 'steps': 0, 'line': e.lineno or 0, 'col': e.offset or 0, 'exc': ['SyntaxError', str(e.msg)]})

    rec = _Recorder(_calibrate(), max_items)
    record = rec.record
    value = rec.value
    is_atom = rec.is_atom
    steps = []
    count = 0
    out_pending = []
    err_pending = []
    prev_locals = []  # per frame: name -> id of its value at the last step
    globals_of_code = {}
    end = {'reason': 'done'}
    line_box = [0]
    batch_limit = 1

    def flush():
        if steps:
            _emit_frame(json.dumps(steps, separators=(',', ':'), ensure_ascii=False))
            steps.clear()

    def walk(roots, out):
        # Every object sits in `todo` at most once and `roots` is emptied first, so while
        # `record` measures an object the tracer holds exactly the calibrated references.
        seen = set()
        todo = []
        while roots:
            r = roots.pop()
            if id(r) not in seen:
                seen.add(id(r))
                todo.append(r)
        r = None
        walked = 0
        while todo:
            o = todo.pop()
            walked += 1
            if walked > max_walk:
                end.update(reason='heap-limit', max=max_walk)
                raise LabStop
            try:
                children = record(o, out)
            except Exception:  # an object the tracer cannot describe is left out, not the run
                children = ()
            for x in children:
                if id(x) not in seen:
                    seen.add(id(x))
                    todo.append(x)
            o = x = children = None
        return out

    def step(kind, frame, extra):
        nonlocal count, batch_limit
        if count >= max_steps:
            end.update(reason='step-limit', max=max_steps)
            raise LabStop
        count += 1
        d = {'e': kind, 'n': frame.f_lineno}
        line_box[0] = frame.f_lineno
        if extra:
            d.update(extra)
        # The top frame's changed locals (at module level, the globals).
        loc = frame.f_locals
        prev = prev_locals[-1]
        changed = None
        roots = []
        present = 0
        v = None
        for name, v in loc.items():
            if name in _HIDDEN_NAMES:
                continue
            present += 1
            if not is_atom(v):
                roots.append(v)
            vid = id(v)
            if prev.get(name) != vid:
                prev[name] = vid
                if changed is None:
                    changed = {}
                changed[name] = value(v)
        if len(prev) > present:
            for name in [n for n in prev if n not in loc]:
                del prev[name]
                if changed is None:
                    changed = {}
                changed[name] = None
        if changed:
            d['v'] = changed
        loc = v = None
        # Globals this code names, so a function that mutates a global container is seen.
        code = frame.f_code
        names = globals_of_code.get(code)
        if names is None:
            names = globals_of_code[code] = code.co_names if frame.f_globals is not frame.f_locals else ()
        if names:
            g = frame.f_globals
            for name in names:
                v = g.get(name, None)
                if v is not None and not is_atom(v):
                    roots.append(v)
            g = v = None
        if 'rv' in d and type(d['rv']) is int:
            roots.append(extra_obj[0])
            rec.extra_refs[d['rv']] = 1  # held by `extra_obj` while the walk measures it
        objs = walk(roots, [])
        if rec.extra_refs:
            rec.extra_refs.clear()
        del roots
        if objs:
            d['o'] = objs
        if out_pending:
            d['out'] = ''.join(out_pending)
            out_pending.clear()
        if err_pending:
            d['err'] = ''.join(err_pending)
            err_pending.clear()
        steps.append(d)
        if len(steps) >= batch_limit:
            flush()
            # Small batches first: the first step reaches the page at once, and a crash early
            # in a run loses few steps.
            batch_limit = min(batch_limit * 2, batch_size)

    extra_obj = [None]

    def local_trace(frame, event, arg):
        if event == 'line':
            step('l', frame, None)
        elif event == 'return':
            extra_obj[0] = arg
            rv = value(arg)
            del arg  # so that only `extra_obj` holds the return value while it is measured
            step('r', frame, {'rv': rv})
            extra_obj[0] = None
            prev_locals.pop()
        elif event == 'exception':
            exc = arg[1]
            step('x', frame, {'x': [type(exc).__name__, _short(str(exc))]})
            del exc
        return local_trace

    def global_trace(frame, event, arg):
        if event != 'call' or frame.f_code.co_filename != _FILENAME:
            return None
        prev_locals.append({})
        step('c', frame, {'f': frame.f_code.co_name})
        return local_trace

    def lab_input(prompt=''):
        text = str(prompt)
        if not lines:
            out_pending.append(text)
            raise EOFError('EOF when reading a line (the input box has no more lines)')
        line = str(lines.pop(0))
        out_pending.append(text + line + '\n')
        return line

    real_import = builtins.__import__

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and _blocked(name):
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return real_import(name, globals, locals, fromlist, level)

    user_builtins = dict(builtins.__dict__)
    user_builtins['input'] = lab_input
    user_builtins['__import__'] = guarded_import
    user_globals = {'__name__': '__main__', '__builtins__': user_builtins, '__doc__': None}

    saved_out, saved_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Writer(out_pending), _Writer(err_pending)
    saved_limit = sys.getrecursionlimit()
    protected = _protect_c_stack()
    sys.settrace(global_trace)
    try:
        exec(code, user_globals)
    except LabStop:
        pass
    except BaseException as e:  # the program's own uncaught exception ends the run
        tb = e.__traceback__
        line = line_box[0]
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == _FILENAME:
                line = tb.tb_lineno
            tb = tb.tb_next
        end.update(reason='exception', exc=[type(e).__name__, _short(str(e))], line=line)
        del e, tb
    finally:
        sys.settrace(None)
        sys.stdout, sys.stderr = saved_out, saved_err
        sys.setrecursionlimit(saved_limit)
    # Output written after the last step (the last print) goes into one closing record.
    if out_pending or err_pending:
        tail = {'e': 'o', 'n': line_box[0]}
        if out_pending:
            tail['out'] = ''.join(out_pending)
        if err_pending:
            tail['err'] = ''.join(err_pending)
        steps.append(tail)
        count += 1
    flush()
    end['steps'] = count
    end['protected'] = protected
    if 'line' not in end:
        end['line'] = line_box[0]
    return json.dumps(end)


_cut_ffi()
