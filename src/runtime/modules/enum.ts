/*
 * enum.ts
 * The enum module in Python (our own code): Enum, IntEnum, StrEnum (3.11+), Flag, IntFlag,
 * auto, unique, the functional API, with CPython's reprs/str/format per version
 * (`<Color.RED: 1>`, IntEnum's str is its value from 3.11, `<P: 0>` vs `<P.0: 0>`).
 * Members are found in the class namespace when the class is built (no __prepare__ needed).
 */

import { registerCachedPythonModule as registerPythonModule } from './common';

const ENUM_PY = String.raw`
import sys as _sys

_MINOR = _sys.version_info[1]

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'), )
    return len(name) > len(pattern) and name.startswith(pattern)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _order = [0]

    def __init__(self, value=None):
        self.value = value
        auto._order[0] += 1
        self._n = auto._order[0]

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember(object):
    def __init__(self, value):
        self.value = value


class member(object):
    def __init__(self, value):
        self.value = value


_not_given = object()
Enum = None
Flag = None
ReprEnum = None


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            members.append((key, value))
        for key, _ in members:
            del classdict[key]
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)
        new_member = classdict.pop('__new__', None)
        if new_member is not None and isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if new_member is not None:
            type.__setattr__(enum_class, '_custom_new_', new_member)
        else:
            new_member = getattr(first_enum, '_custom_new_', None)
        if new_member is None:
            new_member = member_type.__new__
        type.__setattr__(enum_class, '_new_member_', new_member)
        if member_type is not object:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    if found_method in (getattr(member_type, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, enum_method)
        last_values = []
        has_init = False
        for klass in enum_class.__mro__:
            if '__init__' in klass.__dict__:
                has_init = klass not in (Enum, object, int, str, float, tuple, bytes, member_type)
                break
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if member_type is object and new_member is object.__new__:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            if has_init:
                enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is None:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                enum_member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, enum_member)
            last_values.append(value)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=_not_given, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is _not_given or (names is None and _MINOR < 12):
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if _MINOR >= 12:
            try:
                return value in cls._value2member_map_
            except TypeError:
                return value in cls._unhashable_values_
        raise TypeError(
            "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(value).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            if _MINOR >= 11:
                raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
            raise AttributeError("%s: cannot delete Enum member." % cls.__name__)
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag) and _MINOR >= 11:
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            if _MINOR >= 11:
                raise AttributeError('cannot reassign member %r' % (name, ))
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls, ) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType if cls.__class__ is EnumType else cls.__class__, class_name, bases, classdict)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = None
        member_type = None
        for base in bases:
            for t in base.__mro__:
                if t is object:
                    continue
                if isinstance(t, EnumType):
                    if first_enum is None:
                        first_enum = t
                    if t._member_names_ if '_member_names_' in t.__dict__ else False:
                        raise TypeError(f"<enum {class_name!r}> cannot extend {t!r}" if _MINOR >= 11 else
                                        "%s: cannot extend enumeration %r" % (class_name, t.__name__))
                    mt = t.__dict__.get('_member_type_', object)
                    if mt is not object and member_type is None:
                        member_type = mt
                    continue
                if member_type is None and t.__dict__.get('__new__') is not None or t in (int, str, float, bytes, tuple):
                    if member_type is None:
                        member_type = t
                    break
                break
        if first_enum is None:
            first_enum = Enum
        return member_type or object, first_enum


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if _MINOR >= 11 and Flag is not None and issubclass(cls, Flag):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            last_value = last_values[-1]
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        member_type = self._member_type_
        if member_type is object or _MINOR >= 12:
            return format(str(self), format_spec)
        if type(self).__str__ is not Enum.__str__:
            return format(str(self), format_spec)
        return member_type.__format__(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


def _value_str(self):
    return repr(self._value_)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


if _MINOR >= 11:
    IntEnum.__str__ = _value_str
    IntEnum.__format__ = _value_format


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum.__str__ = lambda self: self._value_
StrEnum.__format__ = _value_format


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit+1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0 or value & ~all_bits:
            if issubclass(cls, int):
                pass
            else:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        if value == 0:
            pseudo._name_ = None if _MINOR >= 11 else None
        else:
            if _MINOR < 11:
                names = [m._name_ for m in sorted(cls, key=lambda m: m._value_, reverse=True)
                         if m._value_ & value == m._value_ and m._value_]
            pseudo._name_ = '|'.join(names)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            if _MINOR >= 11:
                return "<%s: %r>" % (cls_name, self._value_)
            return "<%s.%r: %r>" % (cls_name, self._value_, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            if _MINOR >= 11:
                return '%s(%r)' % (cls_name, self._value_)
            return '%s.%r' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""


if _MINOR >= 11:
    IntFlag.__str__ = _value_str
    IntFlag.__format__ = _value_format


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration


if _MINOR < 11:
    del StrEnum, ReprEnum
`;

registerPythonModule('enum', ENUM_PY);
