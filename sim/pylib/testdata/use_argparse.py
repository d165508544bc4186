# argparse: defaults (the simulator's argv has no arguments), explicit
# argument lists, help text and errors.
import argparse
import sys

parser = argparse.ArgumentParser(description='Start worker processes and watch them exit.')
parser.add_argument('--workers', '-w', type=int, default=3, help='number of workers to fork (default: %(default)s)')
parser.add_argument('--delay', type=float, default='0.5', help='seconds between forks')
parser.add_argument('--verbose', '-v', action='store_true', help='print every wait status')
parser.add_argument('--mode', choices=['fork', 'spawn'], default='fork')
parser.add_argument('--tag', action='append', help='a label; may be repeated')
parser.add_argument('-q', action='count', default=0)
parser.add_argument('names', nargs='*', help='worker names')
args = parser.parse_args()
print(args)
print(args.workers, args.delay, args.verbose, args.mode, args.tag, args.names)
print(parser.parse_args(['-w', '5', '--verbose', 'a', 'b', '--tag', 'x', '--tag=y', '-qq', '--mode', 'spawn']))
print(parser.parse_args(['--workers=7', '--', '-notanoption']))
print(parser.parse_args(['-w9', '--delay', '-1.5']))
print(vars(parser.parse_args([])))
parser.print_help()
print(parser.format_usage(), end='')

p2 = argparse.ArgumentParser(prog='copy')
p2.add_argument('src')
p2.add_argument('dst', nargs='?', default='out.txt')
p2.add_argument('--level', type=int, required=True)
print(p2.parse_args(['a.txt', '--level', '3']))
print(p2.parse_known_args(['a', 'b', '--level', '1', '--extra']))
for bad in [['--level', 'x', 'a'], ['a'], [], ['a', '--level'], ['a', '--level', '1', 'b', 'c'],
            ['a', '--level', '1', '--nope']]:
    try:
        p2.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
try:
    parser.parse_args(['--mode', 'thread'])
except SystemExit as e:
    print('exit', e.code)
ns = argparse.Namespace(a=1, b='x')
print(ns, ns.a, 'a' in ns, ns == argparse.Namespace(b='x', a=1))
try:
    p2.parse_args(['--help'])
except SystemExit as e:
    print('exit', e.code)
