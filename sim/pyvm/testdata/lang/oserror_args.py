# OSError's arguments (Objects/exceptions.c oserror_init): a file name
# leaves args (errno, strerror); a second file name (rename's) shows as
# 'a' -> 'b'; a None file name keeps every argument.
for args in [(2, 'x'), (2, 'x', 'f'), (2, 'x', None), (2, 'x', 'f', None, 'g'), (2, 'x', None, None, 'g'),
             (1, 2, 3, 4, 5, 6), ('only',), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
e = FileNotFoundError(2, 'No such file or directory', 'a', None, 'b')
print(repr(e), e)
try:
    raise PermissionError(13, 'Permission denied', '/x')
except OSError as err:
    print(err.args, err.filename, err)
