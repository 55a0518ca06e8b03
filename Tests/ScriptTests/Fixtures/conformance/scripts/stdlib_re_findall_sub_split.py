import re

text = "The year 1999 was before 2000; in 2024 we wrote 3 lines."
print(re.findall(r'\d+', text))
print(re.findall(r'(\d)(\d)', text))
print(re.findall(r'(\d+)', text))
print(re.findall(r'(a)|b', 'abab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axbxxc'))
print(re.findall(r'\b\w', 'hello big world'))
print([m.group() for m in re.finditer(r'[A-Z]\w*', 'Alice and Bob met Carol')])
print([(m.start(), m.end()) for m in re.finditer(r'\s*', 'a b  c')])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).span())
print(list(re.finditer('z', 'abc')))
p = re.compile(r'o')
print(p.findall('foo boo', 2), p.findall('foo boo', 0, 3), p.findall('foo boo', 5, 2))

print(re.sub(r'\s+', ' ', '  lots   of\tspace\n'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@home.com, ann@work.com'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'))
print(re.sub(r'(\w)(\w)?', r'[\2|\1]', 'abc'))
print(re.sub(r'a', r'\n\t\\', 'xay'))
print(re.sub(r'a', r'\g<0>\g<0>', 'banana'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1), re.sub('a', 'b', 'aaaa', -1))
print(re.subn(r'\d', '#', 'a1b22c'), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper() if len(m.group(1)) > 2 else None, 'an apple a day'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'), re.sub('b*', '|', 'abc'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(r'^', '> ', 'line one\nline two', flags=re.M))
print(re.compile(r'\W+').sub('_', 'a b-c!'), re.compile('(a)').subn(r'\1\1', 'aXa'))
print(re.sub('a', '\\\\', 'cat'), re.sub('a', r'\x41', 'cat') if False else '')
print(re.sub('(b)', r'\1\061', 'abc'))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split(r'\b', 'Words, words'), re.split(r'\W*', '...words...'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,c', -1), re.split('x', ''), re.split('', 'ab'))
print(re.compile(r'\s*;\s*').split('a ; b;c  ;d'))

print(re.escape('http://www.python.org'), re.escape('a+b=c'), re.escape('tab\there'), re.escape('日本 é_1'))
print(re.escape('!#$%&\'*+-.^_`|~:'))
print(re.findall(re.escape('1+1=2'), 'is 1+1=2?'))
try:
    re.sub('a', lambda m: 1, 'xax')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('re.error', e, e.pos)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('(a)', r'\q', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', r'\g<1', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', r'\g<>', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', r'\g<1a>', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', 'x\\', 'a')
except re.error as e:
    print('re.error', e)
print(re.match('(a)(b)?', 'a').expand(r'[\1][\2]'))
