# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# datetime's and io's constructors refuse what CPython's C ones refuse,
# in each version's words (a float hour, an int offset, BytesIO(1)), and
# StringIO translates newlines as its newline= asks.
import datetime
for f in (lambda: datetime.date('a', 1, 1), lambda: datetime.time(1.5), lambda: datetime.time(None), lambda: datetime.timezone(datetime.timedelta(hours=24)), lambda: datetime.timezone(datetime.timedelta(hours=1), 5), lambda: datetime.timezone(datetime.timedelta(seconds=1.5)), lambda: datetime.datetime(2020, 1, 1, 1.5), lambda: datetime.timezone(None), lambda: datetime.timezone(5), lambda: datetime.timezone(-datetime.timedelta(hours=5), 'EST'), lambda: datetime.date(2020.0, 1, 1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import io
for f in (lambda: io.BytesIO(1), lambda: io.BytesIO('a'), lambda: io.BytesIO(bytearray(b'x')).read(), lambda: io.StringIO(1), lambda: io.StringIO('a', 'b'), lambda: io.StringIO('a', 5), lambda: io.StringIO('a\r\nb', None).read(), lambda: io.StringIO('a\r\nb', '').read(), lambda: io.StringIO(None).read(), lambda: io.BytesIO(None).read()):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO(newline=None)
print(s.write('x\r\ny\rz\n'), repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
print(s.write('x\ny'), repr(s.getvalue()))
b = io.BytesIO()
print(b.write(bytearray(b'ab')), b.getvalue())
