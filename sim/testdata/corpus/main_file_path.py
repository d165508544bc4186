# __file__ as scripts use it to find files beside them: relative on 3.8,
# the working directory joined to it from 3.9; a spawned child re-imports
# the main file by that path as __mp_main__ (on 3.8 made absolute there
# from the directory multiprocessing was imported in, which the simulator
# leaves out: the child's isabs is not printed).
import multiprocessing as mp
import os
import sys


def where(tag):
    main = sys.modules["__main__"]
    f = main.__file__
    print(tag, main.__name__, os.path.basename(f),
          os.path.dirname(os.path.abspath(f)) == os.getcwd())


if __name__ == "__main__":
    where("parent")
    print("absolute:", os.path.isabs(__file__))
    here = os.path.dirname(os.path.abspath(__file__))
    print("beside me:", os.path.join(here, "data.txt") == os.path.join(os.getcwd(), "data.txt"))
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=where, args=("child",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
