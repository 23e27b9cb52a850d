/*
 * typing.ts
 * The typing module in Python (our own, deliberately small code): every common name is
 * importable and subscriptable with CPython's reprs (`typing.Optional[int]`,
 * `typing.Callable[[int], str]`, `~T`), unsubscripted aliases work with isinstance, Generic and
 * Protocol can be subclassed (Protocol is inert), NamedTuple and TypedDict class syntax work.
 * No static checking happens at run time, as in CPython.
 */

import { registerCachedPythonModule as registerPythonModule } from './common';

const TYPING_PY2 = String.raw`
"""The typing module (runtime subset)."""
import sys
import collections
import collections.abc
import functools

_MINOR = sys.version_info[1]
TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg, msg=None):
    if arg is None:
        return type(None)
    return arg


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, repr_name=None):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._repr_name = repr_name
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        name = self._repr_name or (('typing.' + self._name) if self._name else _type_repr(self.__origin__))
        if self.__args__ == ():
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return ()

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(subst.get(a, a) for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name, self._repr_name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias(_Final):
    """List, Dict, Iterator...: unsubscripted aliases of a runtime class."""

    def __init__(self, origin, nparams, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Callable' and len(params) == 2:
            args, result = params
            if args is ...:
                return _CallableAlias(self.__origin__, (..., _type_check(result)))
            return _CallableAlias(self.__origin__, ([_type_check(a) for a in args], _type_check(result)))
        # typing._type_check: None stands for type(None) (Generator[int, None, None]).
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'):
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, 'Callable')

    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            return f'typing.Callable[..., {_type_repr(result)}]'
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in args)}], {_type_repr(result)}]"


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _MINOR >= 9:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


def _flatten_union(params):
    out = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if i not in out:
                out.append(i)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters, 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, 'Literal')


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


def _simple_getitem(name):
    def getitem(self, parameters):
        return _GenericAlias(self, parameters, name)
    return getitem


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem('ClassVar'))
Final = _SpecialForm('Final', _simple_getitem('Final'))
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate', _simple_getitem('Concatenate'))
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem('TypeGuard'))
TypeIs = _SpecialForm('TypeIs', _simple_getitem('TypeIs'))
Required = _SpecialForm('Required', _simple_getitem('Required'))
NotRequired = _SpecialForm('NotRequired', _simple_getitem('NotRequired'))
ReadOnly = _SpecialForm('ReadOnly', _simple_getitem('ReadOnly'))
Unpack = _SpecialForm('Unpack', _simple_getitem('Unpack'))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__),
                                                 ", ".join(repr(a) for a in self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, default=None):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._kind}"


class TypeVarTuple(_Final):
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            return _GenericAlias(cls, params, 'Generic')
        alias = _GenericAlias(cls, params)
        return alias


class Protocol(Generic):
    """Base class for protocol classes (inert at run time)."""
    __slots__ = ()
    _is_protocol = True

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Protocol:
            return _GenericAlias(cls, params, 'Protocol')
        return _GenericAlias(cls, params)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (no-op at run time)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def _eval_hint(value, globalns, localns):
    # None stands for type(None); a string (a forward reference, or any annotation under
    # 'from __future__ import annotations') is evaluated where the annotation was written.
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        # 3.9+ evaluates a string the evaluation gave again ("'Node'" gives Node).
        if isinstance(value, str) and _MINOR >= 9:
            return _eval_hint(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        import sys
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    nsobj = obj
    while hasattr(nsobj, '__wrapped__'):
        nsobj = nsobj.__wrapped__
    if globalns is None:
        globalns = getattr(nsobj, '__globals__', {})
    if localns is None:
        localns = globalns
    ann = getattr(obj, '__annotations__', {}) or {}
    return {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}


# get_origin/get_args are new in 3.8.
if _MINOR >= 8:
    def get_origin(tp):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
            if isinstance(tp.__origin__, _SpecialForm):
                return tp.__origin__
            return tp.__origin__
        if tp is Generic:
            return Generic
        return None


    def get_args(tp):
        if isinstance(tp, _AnnotatedAlias):
            return (tp.__origin__,) + tp.__metadata__
        if isinstance(tp, _GenericAlias):
            return tp.__args__
        return ()


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


_A = _SpecialGenericAlias
Hashable = _A(collections.abc.Hashable, 0)
Awaitable = _A(collections.abc.Awaitable, 1)
Coroutine = _A(collections.abc.Coroutine, 3)
AsyncIterable = _A(collections.abc.AsyncIterable, 1)
AsyncIterator = _A(collections.abc.AsyncIterator, 1)
Iterable = _A(collections.abc.Iterable, 1)
Iterator = _A(collections.abc.Iterator, 1)
Reversible = _A(collections.abc.Reversible, 1)
Sized = _A(collections.abc.Sized, 0)
Container = _A(collections.abc.Container, 1)
Collection = _A(collections.abc.Collection, 1)
Callable = _A(collections.abc.Callable, 2)
AbstractSet = _A(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _A(collections.abc.MutableSet, 1)
Mapping = _A(collections.abc.Mapping, 2)
MutableMapping = _A(collections.abc.MutableMapping, 2)
Sequence = _A(collections.abc.Sequence, 1)
MutableSequence = _A(collections.abc.MutableSequence, 1)
ByteString = _A(collections.abc.ByteString, 0)
Tuple = _A(tuple, -1, name='Tuple')
List = _A(list, 1, name='List')
Deque = _A(collections.deque, 1, name='Deque')
Set = _A(set, 1, name='Set')
FrozenSet = _A(frozenset, 1, name='FrozenSet')
MappingView = _A(collections.abc.MappingView, 1)
KeysView = _A(collections.abc.KeysView, 1)
ItemsView = _A(collections.abc.ItemsView, 2)
ValuesView = _A(collections.abc.ValuesView, 1)
Dict = _A(dict, 2, name='Dict')
DefaultDict = _A(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _A(collections.OrderedDict, 2)
Counter = _A(collections.Counter, 1)
ChainMap = _A(collections.ChainMap, 2)
Generator = _A(collections.abc.Generator, 3)
AsyncGenerator = _A(collections.abc.AsyncGenerator, 2)
Type = _A(type, 1, name='Type')
del _A
Text = str


def _make_cm_alias(name, attr):
    try:
        import contextlib
        return _SpecialGenericAlias(getattr(contextlib, attr), 1, name=name)
    except Exception:
        return None


ContextManager = _make_cm_alias('ContextManager', 'AbstractContextManager')
AsyncContextManager = _make_cm_alias('AsyncContextManager', 'AbstractAsyncContextManager')


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


################################################################################
### NamedTuple and TypedDict
################################################################################

_prohibited_nt = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__',
                         '__firstlineno__', '__static_attributes__', '__classcell__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if ns.get('__doc__'):
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFunction:
    __name__ = __qualname__ = 'NamedTuple'
    __module__ = 'typing'

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        nt = collections.namedtuple(typename, [n for n, t in fields], module='__main__')
        nt.__annotations__ = dict(fields)
        return nt

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFunction()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else frozenset(annotations)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class _TypedDictFunction:
    __name__ = __qualname__ = 'TypedDict'
    __module__ = 'typing'

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': '__main__'}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictFunction()


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
`;

registerPythonModule('typing', TYPING_PY2);
