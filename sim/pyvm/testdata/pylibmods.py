# The public modules of sim/pylib/lib by dotted name, for the generators
# beside this file (gen_libnames.py, gen_libversions.py).
import os


def pylib_modules():
    here = os.path.dirname(os.path.abspath(__file__))
    lib = os.path.join(here, "..", "..", "pylib", "lib")
    modules = []
    for root, dirs, files in os.walk(lib):
        for f in files:
            if not f.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.join(root, f), lib)[:-3].replace(os.sep, ".")
            if rel.endswith(".__init__"):
                rel = rel[: -len(".__init__")]
            if not any(part.startswith("_") for part in rel.split(".")):
                modules.append(rel)
    return sorted(modules)
