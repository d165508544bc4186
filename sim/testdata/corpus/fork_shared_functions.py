# After fork, parent and child each own their functions: renaming one,
# giving it attributes, making it a method, or rebinding the globals it
# reads changes nothing on the other side (a real fork copies on write).
import os
import sys

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def describe(x, sep=', '):
    return sep.join([bump.__name__, str(x), str(counter)])


class Base:
    def hello(self):
        return 'Base.hello'


class Child(Base):
    def hello(self):
        return 'Child+' + super().hello()


def spare(self):
    return 'spare in ' + type(self).__name__


def report(who):
    print(who, describe(counter), bump.__qualname__, getattr(bump, 'tag', None),
          Child().hello(), repr(describe).split(' at ')[0], flush=True)


bump()
pid = os.fork()
if pid == 0:
    bump.__name__ = 'bump_in_child'
    bump.__qualname__ = 'child.bump'
    bump.tag = 'child-tag'
    counter = 100
    Base.hello = lambda self: 'child Base'
    class Late:
        pass
    Late.spare = spare
    print('child late', Late().spare(), flush=True)
    report('child')
    pid2 = os.fork()
    if pid2 == 0:
        bump()
        report('grandchild')
        os._exit(0)
    os.waitpid(pid2, 0)
    report('child again')
    os._exit(0)
os.waitpid(pid, 0)
report('parent')
bump()
counter += 10
report('parent later')

# The other way round: the parent changes a function while a child waits.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    report('second child')
    os._exit(0)
os.close(r)
bump.__name__ = 'parent_bump'
bump.tag = 'parent-tag'
Child.hello = spare
os.write(w, b'x')
os.waitpid(pid, 0)
report('parent last')


# Properties, static and class methods, and class attributes after fork.
class Config:
    level = 1

    @property
    def doubled(self):
        return self.level * 2

    @staticmethod
    def tag():
        return 'static'

    @classmethod
    def name(cls):
        return cls.__name__ + str(cls.level)


def show(who):
    c = Config()
    print(who, c.doubled, Config.tag(), Config.name(), flush=True)


pid = os.fork()
if pid == 0:
    Config.level = 5
    Config.tag = staticmethod(lambda: 'child static')
    Config.doubled = property(lambda self: -self.level)
    show('child')
    os._exit(0)
os.waitpid(pid, 0)
show('parent')
