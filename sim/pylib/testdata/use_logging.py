# logging: basicConfig, levels, formats, getLogger tree, handlers, filters,
# %(process)d and %(processName)s, lastResort, exceptions.
import io
import os
import logging

logging.warning('before any config goes to %s', 'stderr')
logging.info('not shown: the root level is WARNING')
print(logging.getLogger(), logging.getLevelName(20), logging.getLevelName('ERROR'), logging.getLevelName(5))
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(name)s pid=%(process)s [%(processName)s] %(message)s')
pid = str(os.getpid())
buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter('%(levelname)-8s|%(name)s|%(process)d|%(processName)s|%(message)s'))
logging.getLogger().addHandler(handler)
logging.debug('debug %d', 1)
logging.info('info %s', 'two')
log = logging.getLogger('app.worker')
log.warning('from %(who)s', {'who': 'a dict'})
log.error('error!')
log.critical('critical')
print(buf.getvalue().replace(pid, 'PID'), end='')
logging.getLogger().removeHandler(handler)

log = logging.getLogger('app')
child = logging.getLogger('app.db.conn')
print(log, child, child.parent is log, logging.getLogger('app') is log, log.getChild('db.conn') is child)
mid = logging.getLogger('app.db')
print(child.parent is mid, mid.parent is log, log.parent is logging.getLogger())
log.setLevel('WARNING')
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), log.isEnabledFor(logging.ERROR), log.level)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print('ValueError:', e)

out = io.StringIO()
h = logging.StreamHandler(out)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.setLevel(logging.DEBUG)
quiet.addHandler(h)
quiet.debug('below the handler level')
quiet.info('kept %s %s', 1, 2)
t = logging.StreamHandler(out)
t.setFormatter(logging.Formatter('$levelname/$name/${message}', style='$'))
quiet.addHandler(t)
quiet.warning('two handlers')
quiet.removeHandler(t)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


quiet.addFilter(OnlyOdd())
for i in range(4):
    quiet.info('number %d', i)
h.addFilter(lambda record: 'skip' not in record.getMessage())
quiet.info('skip %d', 3)
quiet.info('keep %d', 5)
print(out.getvalue(), end='')
print(quiet.hasHandlers(), logging.getLogger('nobody').hasHandlers())

f = logging.Filter('a.b')
for name in ['a.b', 'a.b.c', 'a.bc', 'a', 'x']:
    print(name, f.filter(logging.makeLogRecord({'name': name})))

exc = io.StringIO()
eh = logging.StreamHandler(exc)
ex_log = logging.getLogger('exc')
ex_log.propagate = False
ex_log.addHandler(eh)
try:
    {}['missing']
except KeyError:
    ex_log.exception('lookup failed')
lines = exc.getvalue().splitlines()
print(lines[0], '|', lines[1], '|', lines[-1])

orphan = logging.getLogger('orphan')
orphan.propagate = False
orphan.warning('no handler: lastResort prints the bare message to stderr')
orphan.info('lastResort drops INFO')
logging.getLogger('app.db').warning('propagates to the root handler')
logging.log(logging.ERROR, 'via log(%s)', 'ERROR')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'custom level')
logging.basicConfig(format='ignored: root has a handler')
logging.error('still the first format')
logging.basicConfig(format='%(name)s says %(message)s', force=True)
logging.error('after force=True')
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20})
print(rec.getMessage(), logging.Formatter().format(rec), logging.BASIC_FORMAT)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)
try:
    logging.basicConfig(force=True, colour='red')
except ValueError as e:
    print('ValueError:', e)
buf2 = io.StringIO()
logging.basicConfig(force=True, level=logging.DEBUG, stream=buf2,
                    format='%(asctime)s %(levelname)s pid=%(process)d [%(processName)s] %(name)s: %(message)s')
logging.debug('now %s', 'DEBUG shows')
logging.log(25, 'custom level')
for line in buf2.getvalue().splitlines():
    day, clock, rest = line.split(' ', 2)
    print(len(day), len(clock), clock[8], rest.replace(pid, 'PID'))
logging.basicConfig(force=True, format='%(levelname)s:%(message)s', level='INFO')
logging.info('level given by name')
