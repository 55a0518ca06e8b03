import textwrap

text = ("The quick brown fox jumps over the lazy dog. Gradient descent is a first-order "
        "iterative optimization algorithm for finding a local minimum of a differentiable "
        "function -- the idea is to take repeated steps in the opposite direction of the "
        "gradient (or approximate gradient) of the function at the current point.")
print(textwrap.fill(text))
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25))
print(textwrap.fill(text, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('A well-known, hard-to-break, self-explanatory state-of-the-art term', 12))
print(textwrap.wrap('A well-known, hard-to-break state-of-the-art term', 12, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('pre-processing-pipeline-stage', 10))
print(textwrap.wrap('a\tb\tc\nd  e', 8), textwrap.wrap('a\tb\tc', 8, expand_tabs=False), textwrap.wrap('a\tb', 8, tabsize=4))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('Hello there.  How are you? Fine.', 15, fix_sentence_endings=True))
print(textwrap.wrap('end. Next line', 40, fix_sentence_endings=True), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.fill('one two three four five six', 12, max_lines=1))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten(text, 50), '|', textwrap.shorten(text, width=40, placeholder='…'))
print(textwrap.wrap('em--dash and a -- spaced dash and --option', 9))
print(textwrap.wrap('héllo wörld ünïcode naïve', 7))

code = '''
    def f(x):
        return x + 1

    print(f(1))
'''
print(textwrap.dedent(code))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    a\n  b\n      c')), repr(textwrap.dedent('\n   \n  x\n   y')))
print(repr(textwrap.dedent('  \ta\n  \tb')), repr(textwrap.dedent('no indent\n  here')))
print(textwrap.indent('line one\n\nline three\n', '> '))
print(repr(textwrap.indent('a\n  \nb', '+ ')), repr(textwrap.indent('a\nb\n', '# ', lambda line: True)))
print(repr(textwrap.indent('x\r\ny', '-')))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [.........]'), dict(colour='red')]:
    try:
        textwrap.wrap('some text here', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    textwrap.shorten('abc')
except TypeError as e:
    print('TypeError', e)
textwrap.fill(42)
