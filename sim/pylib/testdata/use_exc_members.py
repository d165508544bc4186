# versions: 3.10 3.11 3.12 3.13
# NameError.name, AttributeError.name and .obj, ImportError.name/msg/name_from: set by the VM when it raises, and by keywords.
def f():
    print(x); x = 1
try: f()
except NameError as e: print(repr(e.name))
try: undefined_q
except NameError as e: print(repr(e.name))
class C: pass
try: C().zz
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: C.zz
except AttributeError as e: print(e.name, e.obj.__name__)
import os
try: os.nope
except AttributeError as e: print(e.name, e.obj.__name__)
try: getattr(1, 'q')
except AttributeError as e: print(e.name, e.obj)
try: from os import nope
except ImportError as e: print(e.name, e.msg.split(' (')[0], e.name_from if hasattr(e, 'name_from') else '-')
try: from json import nope
except ImportError as e: print(e.name, e.path is not None)
try: del C().zz
except AttributeError as e: print(e.name, e.obj)
e = AttributeError('m', name='n', obj=3)
e.name = 'changed'
print(e.name, e.obj, e.args, vars(e))
class D:
    zy = 1
try: del D().zy
except AttributeError as e: print(e.name, e.obj, e.args)
try: del D.zz
except AttributeError as e: print(e.name, e.obj, e.args)
print(hasattr(NameError(), 'name'), hasattr(AttributeError(), 'obj'), hasattr(ImportError(), 'name_from'))
