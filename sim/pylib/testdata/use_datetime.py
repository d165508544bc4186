# datetime: dates, times, timedeltas and formatting (fixed values: the
# clock of a real run and of the simulator differ).
import datetime as dt
from datetime import date, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.toordinal())
print(date.fromordinal(738944), date(2023, 12, 31) - date(2023, 1, 1), date.fromisoformat('2000-02-29'))
print(d.strftime('%A %d %B %Y, day %j, week %U/%W, %a %b %y %m'), d.ctime(), f'{d:%Y/%m/%d}')
t = datetime(2024, 3, 1, 13, 5, 9, 250000)
print(t, repr(t), t.isoformat(), t.isoformat(sep=' ', timespec='seconds'), t.date(), t.time(), repr(t.time()))
print(t.strftime('%H:%M:%S.%f %I %p %c %x %X %%'), t.ctime(), f'{t:%H:%M}')
print(t + timedelta(hours=11), t - timedelta(days=1, seconds=1), t - datetime(2024, 1, 1))
print(datetime(2024, 1, 1, 23, 59) < datetime(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, timezone.utc).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), timezone.utc, repr(timezone.utc))
print(datetime.fromisoformat('2024-05-06T07:08:09.123'), datetime.combine(d, dt.time(8, 30)))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(dt.time(12)), dt.time(1, 2, 3, 4))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(weeks=2, milliseconds=1))
print(timedelta(hours=1) * 3, timedelta(hours=3) / 2, timedelta(hours=3) / timedelta(minutes=30), timedelta(days=7) // 2)
print(-timedelta(hours=1), timedelta(minutes=90) > timedelta(hours=1), timedelta(days=2, hours=-48) == timedelta(0))
print(sorted([timedelta(3), timedelta(1), timedelta(2)]), sum([timedelta(1), timedelta(2)], timedelta(0)))
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24), lambda: date.fromisoformat('2024-1-1')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
now = datetime.now()
print(type(now).__name__, now.year >= 2000, isinstance(date.today(), date), (datetime.now() - now) < timedelta(seconds=5))
