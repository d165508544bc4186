# versions: 3.8 3.10 3.11 3.12 3.13
# The traceback module's formatting functions: format_exception in both
# forms, format_exception_only, print_exception and print_exc to a file,
# limit (positive and negative) and chain.
import io
import re
import sys
import traceback


def clean(text):
    return re.sub(r'File "[^"]*/', 'File "', text)


def inner(d):
    return d['missing'] + 1


def middle(d):
    return inner(d) * 2


def outer():
    try:
        return middle({})
    except KeyError as e:
        raise ValueError('lookup failed') from e


try:
    outer()
except ValueError as e:
    err = e
    pieces = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(pieces) > 5, all(p.endswith('\n') for p in pieces))
    print(clean(''.join(pieces)), end='')
    print('--- chain=False')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))), end='')
    print('--- limit=1')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end='')
    print('--- format_exc(limit=-1)')
    print(clean(traceback.format_exc(limit=-1)), end='')
    print('--- only', traceback.format_exception_only(type(e), e))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print('--- print_exc to a file:', buf.getvalue().count('\n'), 'lines')
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf, chain=False)
    print(clean(buf.getvalue()), end='')
    if sys.version_info >= (3, 10):
        print('--- one argument')
        print(clean(''.join(traceback.format_exception(e, limit=0))), end='')
        print(traceback.format_exception_only(e))
print('--- none', traceback.format_exc(), end='')
print(traceback.format_exception_only(None, None) if sys.version_info < (3, 10) else traceback.format_exception_only(None))
