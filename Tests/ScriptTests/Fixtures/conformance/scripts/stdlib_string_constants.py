import string
from string import ascii_lowercase, digits, capwords

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b--c', '-'), repr(string.capwords('')))
print(capwords("the o'neil  family\tname"), capwords('x y', None), capwords('abc', 'b'))
vocab = {c: i for i, c in enumerate(ascii_lowercase + ' ')}
print(len(vocab), vocab['a'], vocab[' '], [vocab[c] for c in 'hi there'])
text = "Hello, World! It's 42."
print(''.join(c for c in text if c not in string.punctuation))
print([c for c in text if c in string.whitespace], sum(c in digits for c in text))
print(all(c in string.printable for c in text), 'é' in string.printable)
print(string.ascii_uppercase.index('Q'), string.hexdigits.upper())
print(type(string), string.__name__)
try:
    capwords(5)
except AttributeError as e:
    print('AttributeError', e)
capwords()
