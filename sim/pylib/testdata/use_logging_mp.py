# logging from multiprocessing workers: %(processName)s names the worker,
# the handler set up by basicConfig is inherited at fork.
import logging
import multiprocessing as mp

logging.basicConfig(level=logging.INFO, format='%(processName)s %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('jobs')


def work(n):
    log.info('working on %d', n)
    if n == 1:
        log.warning('job %d is odd', n)


if __name__ == '__main__':
    log.info('start')
    for i in range(3):
        p = mp.Process(target=work, args=(i,))
        p.start()
        p.join()
        log.info('%s exited with %d', p.name, p.exitcode)
    named = mp.Process(target=work, args=(9,), name='custom-worker')
    named.start()
    named.join()
    log.info('done')
