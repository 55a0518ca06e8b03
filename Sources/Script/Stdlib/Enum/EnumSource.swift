/// The Python source of the `enum` module: `EnumType` (the metaclass), `Enum`, `IntEnum`,
/// `StrEnum`, `Flag`, `IntFlag`, `ReprEnum`, `auto` and `unique`, written for Descent after
/// CPython 3.11's enum.py (how members are made from the class body, aliases, `auto()`
/// values, lookups by value and name, reprs, flags' pseudo-members and their names).
///
/// It runs once per interpreter, on the first `import enum` (see `EnumModule`).
enum EnumSource {
    static let text = #"""
class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    __module__ = 'enum'
    __qualname__ = 'auto'
    _auto_serial = 0

    def __init__(self, value=None):
        self.value = value
        auto._auto_serial += 1
        self._serial = auto._auto_serial

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, property)) or callable(obj) and not isinstance(obj, type))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _high_bit(value):
    return value.bit_length() - 1


class EnumType(type):
    """Metaclass for Enum"""
    __module__ = 'enum'
    __qualname__ = 'EnumType'

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = []
        member_values = {}
        body = {}
        for key in classdict:
            value = classdict[key]
            if key.startswith('_') and (_is_dunder(key) or _is_sunder(key) or key.startswith('_' + cls + '__')):
                body[key] = value
            elif _is_descriptor(value):
                body[key] = value
            else:
                if key in member_values:
                    raise TypeError('%r already defined as %r' % (key, member_values[key]))
                member_names.append(key)
                member_values[key] = value
        if Enum is not None and '__new__' in body:
            body['_new_member_'] = body.pop('__new__')
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        generate = enum_class._generate_next_value_
        last_values = []
        for key in member_names:
            value = member_values[key]
            if isinstance(value, auto):
                if value.value is None:
                    value.value = generate(key, 1, len(last_values), last_values[:])
                value = value.value
            member_values[key] = value
            last_values.append(value)
        if enum_class._member_type_ is not object:
            # The mixed-in type's repr (and str, format) must not win over the enum's.
            for attr in ('__repr__', '__str__', '__format__'):
                owner = None
                for base in enum_class.__mro__:
                    if attr in base.__dict__:
                        owner = base
                        break
                if owner is not None and not isinstance(owner, EnumType):
                    for base in enum_class.__mro__:
                        if isinstance(base, EnumType) and attr in base.__dict__:
                            setattr(enum_class, attr, base.__dict__[attr])
                            break
        new_member = enum_class._find_new_member_()
        member_type = enum_class._member_type_
        init = enum_class.__dict__.get('__init__')
        if init is None:
            for base in enum_class.__mro__[1:]:
                if base is Enum or base is object or base is member_type:
                    break
                if '__init__' in base.__dict__:
                    init = base.__dict__['__init__']
                    break
        for name in member_names:
            value = member_values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is None:
                if member_type is object:
                    member = object.__new__(enum_class)
                else:
                    member = member_type.__new__(enum_class, *args)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            member._name_ = name
            if init is not None:
                init(member, *args)
            canonical = None
            for existing in enum_class._member_names_:
                other = enum_class._member_map_[existing]
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                enum_class._unhashable_values_.append(member._value_)
            setattr(enum_class, name, member)
        if enum_class._is_flag_:
            all_bits = 0
            for name in enum_class._member_names_:
                all_bits |= enum_class._member_map_[name]._value_
            enum_class._flag_mask_ = all_bits
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for item in names:
                classdict[item[0]] = item[1]
        return cls.__class__.__new__(cls.__class__, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType
Flag = None
Enum = None


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""
    __module__ = 'enum'
    __qualname__ = 'Enum'

    _member_type_ = object
    _is_flag_ = False

    @classmethod
    def _find_new_member_(cls):
        for base in cls.__mro__:
            if '_new_member_' in base.__dict__:
                return base.__dict__['_new_member_']
        return None

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

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

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""
    __module__ = 'enum'
    __qualname__ = 'ReprEnum'


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""
    __module__ = 'enum'
    __qualname__ = 'IntEnum'

    _member_type_ = int
    _value_repr_ = int.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""
    __module__ = 'enum'
    __qualname__ = 'StrEnum'

    _member_type_ = str
    _value_repr_ = str.__repr__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return format(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags"""
    __module__ = 'enum'
    __qualname__ = 'Flag'

    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        if value & ~flag_mask:
            if cls._member_type_ is object:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            pseudo_member._name_ = None
        elif names:
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo_member)

    @classmethod
    def _iter_member_(cls, value):
        members = []
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ and member._value_ & value == member._value_:
                members.append(member)
        return members

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._iter_member_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""
    __module__ = 'enum'
    __qualname__ = 'IntFlag'

    _member_type_ = int
    _value_repr_ = int.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo_member = int.__new__(cls, value)
        pseudo_member._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        extra = value & ~cls._flag_mask_
        if names and not extra:
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo_member)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
"""#
}
