def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: ValueError(x=1))
t(2, lambda: NameError('a', b=2))
t(3, lambda: AttributeError('a', name='n', foo=1))
t(4, lambda: ImportError('a', name_from='z').name_from)
t(5, lambda: ImportError('a', 'b').msg)
t(6, lambda: ImportError().msg)
t(7, lambda: vars(ImportError('a', name='n')))
t(8, lambda: NameError().name)
e = NameError('a'); e.name = 'set'
t(9, lambda: e.name)
t(10, lambda: str(ImportError('a', name='n')))
t(11, lambda: ModuleNotFoundError('m', name='mm').name)
t(12, lambda: KeyError(name=1))
t(13, lambda: ImportError('a', path=3).path)
class E(AttributeError):
    pass
t(14, lambda: E('x', name='y').name)
t(15, lambda: ImportError(name='n').args)
