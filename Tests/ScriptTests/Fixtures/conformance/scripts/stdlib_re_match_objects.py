import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.regs, m.string, m.re)
print(type(m), type(m.re), re.Pattern, re.Match, isinstance(m, re.Match))
print(bool(m), re.match('x', 'abc'), re.search('c', 'abc'))

m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds')
print(m.group('first_name'), m['last_name'], m.groupdict(), m.lastgroup, m.lastindex)
print(m.start('last_name'), m.span('first_name'))

m = re.match(r'(\d+)\.?(\d+)?', '24')
print(m.groups(), m.groups('0'), m.group(2), m.span(2), m.start(2), m.regs)
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.groupdict(), m.groupdict('-'), m.lastgroup)

for bad in [3, -1, 'nope', 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(5)
except IndexError as e:
    print('IndexError', e)

p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.match('  a=1', 2), p.match('a=1'), p.search('zz b=22 c=3'), p.search('zz b=22', 0, 5))
print(p.fullmatch('k=10'), p.fullmatch('k=10 '), p.fullmatch('k=10 ', 0, 4))
m = p.search('x y=7', 1)
print(m.pos, m.endpos, m.span(), m.expand(r'\g<value>:\1 [\g<0>]'))
print(re.compile('a', re.M | re.S), re.compile('(?x) a b'), re.compile('b', re.A), re.compile('c', 0))
print(re.compile('a' * 250))
print(re.match('.' * 30, 'abcdefghijklmnopqrstuvwxyz0123456789 ' * 3))
print(re.search(r'.{60}', 'é' * 70))
print(re.compile("x").flags, re.compile("x", re.A).flags, re.compile("(?i)x").flags, int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG), re.I | re.M == 10)
print(re.compile('x') is re.compile(re.compile('x')), re.compile(p) is p)
print(re.match(p, 'q=5'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in [(1, 'a'), ('a', 1), ('a', None)]:
    try:
        re.search(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a')
except TypeError as e:
    print('TypeError', e)
m = re.match('(a)(b)', 'ab')
print(m.start(), m.end(1), m.span(0))
print(m.group(True))
