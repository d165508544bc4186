# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ('The quick brown fox jumps over the lazy dog. A zombie process is a process '
        'that has completed execution but still has an entry in the process table.')
for line in textwrap.wrap(text, width=30):
    print(repr(line))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 50, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a  b\tc\nd', width=5))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', width=10, break_long_words=False))
print(textwrap.wrap('a well-known state-of-the-art long-winded thing', width=12))
print(textwrap.wrap('a well-known state-of-the-art thing', width=12, break_on_hyphens=False))
print(textwrap.wrap('wait--what? yes -- really', width=8))
print(textwrap.wrap(text, width=20, max_lines=3))
print(textwrap.wrap(text, width=20, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!   How are you?', width=12))
print(textwrap.shorten('Hello world!', width=11), textwrap.shorten('Hi', width=10))
print(textwrap.wrap('  leading and trailing  ', width=10))
print(textwrap.wrap('  leading and trailing  ', width=10, drop_whitespace=False))
print(textwrap.wrap('', 10), textwrap.fill('one', 10))
print(textwrap.wrap('End. Next one! And? yes', width=80, fix_sentence_endings=True))
print(textwrap.wrap('tab\there', width=20, tabsize=4), textwrap.wrap('tab\there', width=20, expand_tabs=False))
w = textwrap.TextWrapper(width=15, subsequent_indent='> ')
print(w.wrap('the quick brown fox jumps'), w.width)
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print('ValueError:', e)

code = '''
    def hello():
        print("hi")

    hello()
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.dedent('   \n  x\n \n  y\n')))
print(repr(textwrap.dedent('no indent\n  here')))
print(textwrap.indent('one\ntwo\n\nthree\n', '> '), end='')
print(repr(textwrap.indent('a\n  \nb', '+ ', lambda line: True)))
print(textwrap.indent(textwrap.fill(text, 30), '    '))
