# with on objects that are not context managers: AttributeError naming the
# method up to 3.10, TypeError from 3.11 (with "(missed __exit__ method)"
# when only __exit__ is missing).
class Neither:
    pass


class EnterOnly:
    def __enter__(self):
        return self


class ExitOnly:
    def __exit__(self, *args):
        return False


for obj in [Neither(), EnterOnly(), ExitOnly(), 42, "text", None]:
    try:
        with obj:
            print("never")
    except Exception as e:
        print(type(e).__name__ + ":", e)


class InstanceAttr:
    pass


inst = InstanceAttr()
inst.__enter__ = lambda: 1
inst.__exit__ = lambda *a: None
try:
    with inst:
        print("never")
except Exception as e:
    print("instance attributes are not looked up:", type(e).__name__)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)


with Manager():
    {}["missing"]
