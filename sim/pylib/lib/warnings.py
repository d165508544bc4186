# warnings: warn, warn_explicit, the filters (filterwarnings, simplefilter,
# resetwarnings), showwarning and formatwarning, catch_warnings and
# WarningMessage, condensed from CPython's Lib/warnings.py and
# Python/_warnings.c (3.8-3.14; CPython runs the C warn and warn_explicit,
# and this follows them where the two differ: a filter's module or message
# may be a plain str, compared whole). The interpreter's side (which frame
# a stacklevel names, a file's source line, the DeprecationWarnings
# os.fork and threading issue, which come here once this module is
# imported) is sim/pyvm/warnings.go.
#
# Version differences kept: filterwarnings and simplefilter check their
# arguments with assert up to 3.12 and raise ValueError or TypeError from
# 3.13; a stacklevel past the outermost frame names "sys", line 1, up to
# 3.12 and "<sys>", line 0, from 3.13; catch_warnings takes action,
# category, lineno and append from 3.11; warn takes skip_file_prefixes from
# 3.12; deprecated (3.13) for functions and methods. Left out: the -W
# option and PYTHONWARNINGS (the simulated interpreter has no command
# line), tracemalloc's allocation traceback for a warning's source, and
# deprecated on a class.

import sys
from _zombielab import warn_context as _warn_context
from _zombielab import source_line as _source_line

# C functions in CPython: no line events, no traceback entries.
__zombielab_native__ = ("warn", "_warn", "warn_explicit")

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]
if sys.version_info >= (3, 13):
    __all__.append("deprecated")

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        line = line.strip()
        if line:
            s += "  %s\n" % line
    return s


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A showwarning the program installed gets the warning's parts.
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _check_action(action):
    if sys.version_info >= (3, 13):
        if action not in _ACTIONS:
            raise ValueError("invalid action: %r" % (action,))
    else:
        assert action in _ACTIONS, "invalid action: %r" % (action,)


def _check_lineno(lineno):
    if sys.version_info >= (3, 13):
        if not isinstance(lineno, int):
            raise TypeError("lineno must be an int")
        if lineno < 0:
            raise ValueError("lineno must be an int >= 0")
    else:
        assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    _check_action(action)
    if sys.version_info >= (3, 13):
        if not isinstance(message, str):
            raise TypeError("message must be a string")
        if not isinstance(category, type) or not issubclass(category, Warning):
            raise TypeError("category must be a Warning subclass")
        if not isinstance(module, str):
            raise TypeError("module must be a string")
    else:
        assert isinstance(message, str), "message must be a string"
        assert isinstance(category, type), "category must be a class"
        assert issubclass(category, Warning), "category must be a Warning subclass"
        assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    if message or module:
        import re
    # The message matches case-insensitively from its start, the module
    # from the start of the module's name.
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already in the list moves to the front (or, appended,
    # stays where it is).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    # Every module's registry of warnings already shown is stale now.
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    # Python/_warnings.c check_matched: None matches all, a str only
    # itself, anything else by its match().
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _warn(message, category, stacklevel, source, skip_file_prefixes):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % (type(category).__name__,))
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    globals, filename, lineno = _warn_context(stacklevel, skip_file_prefixes)
    module = globals["__name__"] if "__name__" in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


if sys.version_info >= (3, 12):
    def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
        if not isinstance(skip_file_prefixes, tuple):
            raise TypeError("skip_file_prefixes must be a tuple of strs.")
        _warn(message, category, stacklevel, source, skip_file_prefixes)
else:
    def warn(message, category=None, stacklevel=1, source=None):
        _warn(message, category, stacklevel, source, ())


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    # C's registry: made or cleared with the filters' version in it, True
    # for each warning shown.
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):
    # What showwarning is given (Lib/warnings.py WarningMessage): the list
    # catch_warnings(record=True) returns holds these.
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    # Saves the filters and showwarning on entry and puts them back on
    # exit; record=True collects the warnings in a list instead of showing
    # them.

    if sys.version_info >= (3, 11):
        def __init__(self, *, record=False, module=None,
                     action=None, category=Warning, lineno=0, append=False):
            self._record = record
            self._module = sys.modules['warnings'] if module is None else module
            self._entered = False
            if action is None:
                self._filter = None
            else:
                self._filter = (action, category, lineno, append)
    else:
        def __init__(self, *, record=False, module=None):
            self._record = record
            self._module = sys.modules['warnings'] if module is None else module
            self._entered = False
            self._filter = None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


if sys.version_info >= (3, 13):
    class deprecated:
        # PEP 702's decorator: calling what it wraps warns (category,
        # DeprecationWarning by default, at the caller of the call).
        def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
            if not isinstance(message, str):
                raise TypeError("Expected an object of type str for 'message', not %r"
                                % (type(message).__name__,))
            self.message = message
            self.category = category
            self.stacklevel = stacklevel

        def __call__(self, arg, /):
            msg = self.message
            category = self.category
            stacklevel = self.stacklevel
            if category is None:
                arg.__deprecated__ = msg
                return arg
            if isinstance(arg, type):
                raise NotImplementedError(
                    "warnings.deprecated on a class is not supported by the simulator")
            if not callable(arg):
                raise TypeError("@deprecated decorator with non-None category must be "
                                "applied to a class or callable, not %r" % (arg,))
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper


# CPython's default filters in a release build (Python/_warnings.c
# init_filters), the same in 3.8-3.14.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# The version a module's __warningregistry__ was made under; the
# interpreter's own warnings before this module was imported used 0.
_filters_version = 0
