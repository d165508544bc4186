# Optional dependencies, as tutorials import them: a module the standard
# library lacks raises ModuleNotFoundError when the import runs, which the
# program catches and works around.
try:
    import fancy_plotting_lib_not_installed as plt
except ImportError as e:
    plt = None
    print('fallback:', type(e).__name__, e, e.name)
try:
    from speedups_not_installed.fast import dumps
except ModuleNotFoundError as e:
    print('fallback:', e, e.name)
    dumps = repr
print(plt is None, dumps({'a': 1}))
try:
    import os, missing_helper_module_xyz
except ImportError as e:
    print(e, 'os' in dir())


def load():
    import another_missing_module_xyz
    return another_missing_module_xyz


load()
