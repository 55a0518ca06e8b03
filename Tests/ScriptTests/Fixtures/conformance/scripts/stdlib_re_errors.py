import re

bad = [
    '(a', 'a)', '[a', '[a-', '[z-a]', r'[\d-z]', '*a', 'a**', 'a{3,2}', '(?P<1>a)', '(?P<a>a)(?P<a>b)',
    '(?P=nope)', r'\2(a)', '(?<=a+)b', '(?<!a*)b', '(?z)', '(?P', '(?P<a', '(?#abc', r'\q', r'\ ', 'a\\',
    '(?', '(?<x)', 'a(?i)b', '(?i', '(?i-)', '(?-i)', '(?', '+', '?', '{1}', '^*', r'\b+', 'x{2}{3}', 'a|*',
    r'\x4', r'\u12', r'[\777]', r'(a)\3', '(?(3)a|b)', '(?(x)a|b)', '(?(1a)a|b)', '(?(0)a)', '(?<=(a)\\1)',
    '(a)(?<=\\1)', '(?P<a>a)(?(a)b|c|d)', 'abc\n(de', '(?L)a', '(?au)a', '(?i-i:a)', '(?-a:a)', '[\\A]', '(?P<a-b>x)',
    r'(?i)\N{DASH}' if False else r'\c', '((a)', '())', '(a))(',
]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
    except (ValueError, OverflowError) as e:
        print(repr(pattern), type(e).__name__, e)

try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
e = re.error('custom')
print(repr(e), e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__mro__ if False else re.error.__name__)
e = re.error('boom', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno)
try:
    raise re.error('raised by hand')
except re.error as err:
    print('caught', err)

def parse(line):
    return re.compile(line)

parse('(unclosed[')
