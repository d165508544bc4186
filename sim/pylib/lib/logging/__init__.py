# logging: loggers, handlers, formatters and basicConfig, condensed from
# CPython's Lib/logging/__init__.py (3.8-3.14).
#
# What it keeps: the levels and their names, LogRecord with CPython's
# attributes (process from os.getpid(), processName from
# multiprocessing.current_process() when multiprocessing is imported, as
# LogRecord.__init__ does), the three format styles, the logger tree with
# propagation, lastResort (messages with no handler go to stderr bare),
# basicConfig with force=, StreamHandler, FileHandler (through the
# simulator's open), NullHandler, filters, exception tracebacks, and
# logging.shutdown at exit.
#
# What it leaves out: threads and locks (threadName is 'MainThread'), the
# caller's file, line and function when pyvm has no sys._getframe
# (pathname, filename, module, lineno and funcName are CPython's
# "(unknown file)", 0 and "(unknown function)" then), handleError's
# "--- Logging error ---" report (a bad format raises), LoggerAdapter,
# config and handlers submodules, logging.warn's DeprecationWarning.

import sys
import os
import time
import atexit
import traceback

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()


def getLevelName(level):
    # logging.getLevelName: a name for a number, a number for a name, else
    # 'Level %s'.
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    # logging._checkLevel: an int, or a registered level name.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


def _caller():
    # (pathname, lineno, funcName) of the code that called the logging
    # function: Logger.findCaller, when pyvm offers sys._getframe.
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '(unknown file)', 0, '(unknown function)'
    f = getframe(1)
    while f is not None and f.f_code.co_filename.endswith('logging/__init__.py'):
        f = f.f_back
    if f is None:
        return '(unknown file)', 0, '(unknown function)'
    return f.f_code.co_filename, f.f_lineno, f.f_code.co_name


class LogRecord(object):
    # logging.LogRecord: everything known about one logging call.

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname) if hasattr(os, 'path') else pathname.split('/')[-1]
        self.module = self.filename.rsplit('.', 1)[0] if '.' in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = 1 if logThreads else None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        self.process = os.getpid() if logProcesses else None
        if sys.version_info >= (3, 12):
            self.taskName = None

    def getMessage(self):
        # LogRecord.getMessage: str(msg), then % args when there are any.
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)


def makeLogRecord(d):
    rv = LogRecord(None, None, '', 0, '', (), None, None)
    rv.__dict__.update(d)
    return rv


class PercentStyle(object):
    # logging.PercentStyle: fmt % record.__dict__.
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt):
        self._fmt = fmt or self.default_format

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def format(self, record):
        return self._fmt % record.__dict__


class StrFormatStyle(PercentStyle):
    # logging.StrFormatStyle: fmt.format(**record.__dict__).
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def format(self, record):
        return self._fmt.format(**record.__dict__)


class StringTemplateStyle(PercentStyle):
    # logging.StringTemplateStyle: string.Template substitution.
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def format(self, record):
        from string import Template
        return Template(self._fmt).substitute(**record.__dict__)


_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


class Formatter(object):
    # logging.Formatter: the message, the time when the format uses it,
    # then an exception's traceback on the following lines.
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, **kwargs):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt)
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        # Formatter.formatTime: time.strftime of the local time, with
        # ',msecs' when there is no datefmt.
        if datefmt:
            return _strftime(datefmt, record.created)
        t = _strftime(self.default_time_format, record.created)
        return self.default_msec_format % (t, record.msecs)

    def formatException(self, ei):
        # Formatter.formatException: the traceback without its last newline.
        text = traceback.format_exc()
        if text[-1:] == '\n':
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + self.formatStack(record.stack_info)
        return s


def _strftime(fmt, created):
    # time.strftime(fmt, time.localtime(created)); without them in pyvm's
    # time module, the default format alone, in UTC.
    if hasattr(time, 'strftime') and hasattr(time, 'localtime'):
        return time.strftime(fmt, time.localtime(created))
    secs = int(created)
    days, rem = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    text = '%04d-%02d-%02d %02d:%02d:%02d' % (year, month, day, rem // 3600, rem % 3600 // 60, rem % 60)
    if fmt == Formatter.default_time_format:
        return text
    return fmt.replace('%Y', text[:4]).replace('%m', text[5:7]).replace('%d', text[8:10]) \
        .replace('%H', text[11:13]).replace('%M', text[14:16]).replace('%S', text[17:19])


def _civil_from_days(z):
    # Days since 1970-01-01 to (year, month, day) in the proleptic
    # Gregorian calendar (H. Hinnant's days_from_civil, inverted).
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


_defaultFormatter = Formatter()


class Filter(object):
    # logging.Filter: records of the named logger and its descendants.

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    # logging.Filterer: a list of filters (objects with filter(), or
    # callables); a record passes when every one accepts it.

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


_handlerList = []


class Handler(Filterer):
    # logging.Handler: a level, a formatter and emit().

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter is not None else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        if self in _handlerList:
            _handlerList.remove(self)

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    # logging.StreamHandler: one line per record on a stream (sys.stderr
    # as it is when the handler is made), flushed at once.
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        name = getattr(self.stream, 'name', '')
        if self.stream is sys.stderr:
            name = '<stderr>'
        elif self.stream is sys.stdout:
            name = '<stdout>'
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    # logging.FileHandler: a StreamHandler on a file opened by the
    # simulator's open (mode 'a' by default, at once unless delay).

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        Handler.__init__(self)
        self.stream = None
        if not delay:
            self.stream = self._open()

    def _open(self):
        return open(self.baseFilename, self.mode)

    def close(self):
        if self.stream is not None:
            self.flush()
            self.stream.close()
            self.stream = None
        Handler.close(self)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)


class NullHandler(Handler):
    # logging.NullHandler: swallows records (for libraries).

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    # logging._StderrHandler: lastResort, writing to sys.stderr as it is
    # at each record.

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class Logger(Filterer):
    # logging.Logger: a named node of the logger tree.

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        # The first level set on the way up to the root.
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        # Logger.log: the level must be an int.
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None,
                   extra=None, sinfo=None):
        # Logger.makeRecord: extra may add attributes but not replace the
        # record's own.
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in rv.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func = _caller()
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        # Logger.callHandlers: every handler up the tree while propagate;
        # lastResort when there was none at all.
        found = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0 and lastResort is not None and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    # logging.RootLogger: the top of the tree, named 'root'.

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}
_disable_level = 0


def getLogger(name=None):
    # logging.getLogger / Manager.getLogger: one logger per dotted name,
    # its parent the nearest existing ancestor, adopting existing
    # descendants (_fixupParents and _fixupChildren).
    if not name or (isinstance(name, str) and name == root.name and sys.version_info >= (3, 9)):
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    parent = root
    parts = name.split('.')
    for i in range(len(parts) - 1, 0, -1):
        prefix = '.'.join(parts[:i])
        if prefix in _loggers:
            parent = _loggers[prefix]
            break
    logger.parent = parent
    for other in _loggers.values():
        if other.name.startswith(name + '.') and not _below(other.parent, name):
            other.parent = logger
    _loggers[name] = logger
    return logger


def _below(logger, name):
    # Whether logger is name itself or under it.
    return logger is not root and (logger.name == name or logger.name.startswith(name + '.'))


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def basicConfig(**kwargs):
    # logging.basicConfig: a handler on the root logger, unless it has one
    # already (force=True, 3.8, removes them first).
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    if handlers is not None and ('stream' in kwargs or 'filename' in kwargs):
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if handlers is None:
        if 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
        filename = kwargs.pop('filename', None)
        mode = kwargs.pop('filemode', 'a')
        kwargs.pop('encoding', None)
        kwargs.pop('errors', None)
        if filename:
            h = FileHandler(filename, mode)
        else:
            h = StreamHandler(kwargs.pop('stream', None))
        handlers = [h]
    dfs = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    fs = kwargs.pop('format', _STYLES[style][1])
    fmt = Formatter(fs, dfs, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


warn = warning


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def getLoggerClass():
    return Logger


def shutdown(handlerList=_handlerList):
    # logging.shutdown, registered with atexit: flush and close every
    # handler, newest first.
    for h in handlerList[::-1]:
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


atexit.register(shutdown)
