# datetime: date, time, datetime, timedelta and timezone.utc, condensed
# from CPython's Lib/datetime.py (3.8-3.14; CPython runs the C module
# _datetime, whose reprs and errors these follow).
#
# The simulator's clock is time.time(); its local time zone is UTC, so
# now() and fromtimestamp() give UTC wall-clock fields. strftime knows the
# C locale's directives (%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w
# %W %x %X %y %Y %z %Z %%). Left out: tzinfo subclasses other than
# timezone, fold, strptime, isocalendar's named tuple (a plain tuple
# here), pickling.

import sys
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                   'August', 'September', 'October', 'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    # Proleptic Gregorian ordinal: 0001-01-01 is day 1.
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ord2ymd(n):
    # The inverse of _ymd2ord, by 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_ints(*vs):
    # The C constructor's int fields, in each version's words.
    for v in vs:
        if isinstance(v, int):
            continue
        if sys.version_info >= (3, 10):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        if isinstance(v, float):
            raise TypeError('integer argument expected, got float')
        raise TypeError('an integer is required (got type %s)' % type(v).__name__)


def _check_date_fields(year, month, day):
    # _check_date_fields: CPython's ValueErrors.
    _check_ints(year, month, day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond):
    _check_ints(hour, minute, second, microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta(object):
    # datetime.timedelta: days, seconds (0..86399) and microseconds
    # (0..999999), normalised.

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                 + milliseconds * 1000 + microseconds)
        if isinstance(total, float):
            total = round(total)
        d, rest = divmod(int(total), 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        # timedelta.__repr__ (3.7): the non-zero fields by name.
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        # '[D day[s], ]H:MM:SS[.ffffff]'.
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return timedelta(microseconds=_round_half_even(self._us() * other))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=_round_half_even(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us() == other._us()

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._us() < _other_us(other)

    def __le__(self, other):
        return self._us() <= _other_us(other)

    def __gt__(self, other):
        return self._us() > _other_us(other)

    def __ge__(self, other):
        return self._us() >= _other_us(other)

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


def _other_us(other):
    if not isinstance(other, timedelta):
        raise TypeError("'<' not supported between instances of 'timedelta' and '%s'" % type(other).__name__)
    return other._us()


def _round_half_even(x):
    if isinstance(x, int):
        return x
    return round(x)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class timezone(object):
    # datetime.timezone: a fixed offset; timezone.utc.

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' %
                            ('None' if offset is None else type(offset).__name__))
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _format_offset(off, sep):
    # '+HH:MM' (with seconds when there are any).
    sign = '+'
    if off._us() < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off._days * 86400 + off._seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        text += '%s%02d' % (sep, ss)
        if off._microseconds:
            text += '.%06d' % off._microseconds
    return text


class date(object):
    # datetime.date: a proleptic Gregorian calendar date.

    def __init__(self, year, month, day):
        _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _fields_from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        # 'YYYY-MM-DD'.
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) != 10 or date_string[4] != '-' or date_string[7] != '-':
                raise ValueError
            return cls(int(date_string[:4]), int(date_string[5:7]), int(date_string[8:10]))
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt)

    def __format__(self, fmt):
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return self.toordinal()

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self._key() < _date_key(self, other)

    def __le__(self, other):
        return self._key() <= _date_key(self, other)

    def __gt__(self, other):
        return self._key() > _date_key(self, other)

    def __ge__(self, other):
        return self._key() >= _date_key(self, other)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromordinal(self.toordinal() + other.days)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


def _date_key(self, other):
    if type(other) is not type(self):
        raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
    return other._key()


def _fields_from_timestamp(t):
    # UTC fields of a POSIX timestamp, microseconds rounded half to even
    # (datetime._fromtimestamp).
    frac, whole = t - int(t), int(t)
    us = round(frac * 1000000)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    days, secs = divmod(whole, 86400)
    y, m, d = _ord2ymd(days + _ymd2ord(1970, 1, 1))
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


class time(object):
    # datetime.time: a time of day.

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time_fields(hour, minute, second, microsecond)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def isoformat(self, timespec='auto'):
        return _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        return 'datetime.time(%s)' % ', '.join(str(a) for a in args)

    def strftime(self, fmt):
        return _strftime(datetime(1900, 1, 1, self._hour, self._minute, self._second, self._microsecond), fmt)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


def _time_iso(hh, mm, ss, us, timespec):
    # _format_time: 'HH:MM:SS[.ffffff]' by timespec.
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class datetime(date):
    # datetime.datetime: a date and a time of day, naive or with a
    # timezone.

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        date.__init__(self, year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        y, m, d, hh, mm, ss, us = _fields_from_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = result + tz.utcoffset(None)
            result._tzinfo = tz
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        # 'YYYY-MM-DD[*HH[:MM[:SS[.ffffff]]]]' (the 3.7 forms).
        try:
            d = date.fromisoformat(s[:10])
            hh = mm = ss = us = 0
            rest = s[11:]
            if rest:
                parts = rest.split(':')
                hh = int(parts[0])
                if len(parts) > 1:
                    mm = int(parts[1])
                if len(parts) > 2:
                    sec, dot, frac = parts[2].partition('.')
                    ss = int(sec)
                    if frac:
                        us = int((frac + '000000')[:6])
            return cls(d.year, d.month, d.day, hh, mm, ss, us)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (s,))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timestamp(self):
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        secs = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        if self._tzinfo is not None:
            off = self._tzinfo.utcoffset(self)
            secs -= off._days * 86400 + off._seconds
        return secs + self._microsecond / 1000000

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def isoformat(self, sep='T', timespec='auto'):
        text = date.isoformat(self) + sep + _time_iso(self._hour, self._minute, self._second,
                                                      self._microsecond, timespec)
        if self._tzinfo is not None:
            text += _format_offset(self._tzinfo.utcoffset(self), ':')
        return text

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        text = 'datetime.datetime(%s' % ', '.join(str(a) for a in args)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return text + ')'

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                                 self._day, self._hour, self._minute, self._second,
                                                 self._year)

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        key = self._key() + other._us()
        days, us = divmod(key, 86400 * 1000000)
        secs, us = divmod(us, 1000000)
        y, m, d = _ord2ymd(days)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._key() - other._key())
        return NotImplemented


def _strftime(dt, fmt):
    # time.strftime's directives in the C locale.
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != '%' or i + 1 >= len(fmt):
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        out.append(_directive(dt, code))
    return ''.join(out)


def _directive(dt, code):
    # One %-directive of strftime.
    hour = getattr(dt, '_hour', 0)
    minute = getattr(dt, '_minute', 0)
    second = getattr(dt, '_second', 0)
    yday = dt.toordinal() - _ymd2ord(dt._year, 1, 1) + 1
    table = {
        'a': lambda: _DAYNAMES[dt.weekday()], 'A': lambda: _FULLDAYNAMES[dt.weekday()],
        'b': lambda: _MONTHNAMES[dt._month], 'B': lambda: _FULLMONTHNAMES[dt._month],
        'd': lambda: '%02d' % dt._day, 'm': lambda: '%02d' % dt._month,
        'y': lambda: '%02d' % (dt._year % 100), 'Y': lambda: '%d' % dt._year,
        'H': lambda: '%02d' % hour, 'I': lambda: '%02d' % (hour % 12 or 12),
        'p': lambda: 'AM' if hour < 12 else 'PM', 'M': lambda: '%02d' % minute,
        'S': lambda: '%02d' % second, 'f': lambda: '%06d' % getattr(dt, '_microsecond', 0),
        'j': lambda: '%03d' % yday, 'w': lambda: '%d' % ((dt.weekday() + 1) % 7),
        'U': lambda: '%02d' % ((yday + 6 - (dt.weekday() + 1) % 7) // 7),
        'W': lambda: '%02d' % ((yday + 6 - dt.weekday()) // 7),
        'c': lambda: '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[dt.weekday()], _MONTHNAMES[dt._month],
                                                      dt._day, hour, minute, second, dt._year),
        'x': lambda: '%02d/%02d/%02d' % (dt._month, dt._day, dt._year % 100),
        'X': lambda: '%02d:%02d:%02d' % (hour, minute, second),
        'z': lambda: _tz_text(dt, ''), 'Z': lambda: _tz_name(dt), '%': lambda: '%',
    }
    if code in table:
        return table[code]()
    return '%' + code


def _tz_text(dt, sep):
    tz = getattr(dt, '_tzinfo', None)
    if tz is None:
        return ''
    return _format_offset(tz.utcoffset(dt), sep)


def _tz_name(dt):
    tz = getattr(dt, '_tzinfo', None)
    return '' if tz is None else tz.tzname(dt)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
