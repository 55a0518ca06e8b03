import re
from collections import Counter

# A tokenizer as text lessons write it.
text = "Hello, world! It's 2024: tokens, tokens... and U.S.A. e-mail me@example.com."
tokens = re.findall(r"\w+(?:[-']\w+)*|[^\w\s]", text)
print(tokens)
print(Counter(t.lower() for t in re.findall(r'[a-zA-Z]+', text)).most_common(3))
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')
for number, name, op in TOKEN.findall('x1 = 3.5 * (y + 42)'):
    print(repr(number), repr(name), repr(op))

# Cleaning a names dataset.
raw = ['  Anna ', 'bob', 'Émile', 'x_ae-12', 'Mary Jane', "d'Arcy", '']
clean = [re.sub(r'[^a-zé]', '', n.strip().lower()) for n in raw]
print(clean, [n for n in clean if re.fullmatch(r'[a-z]{3,}', n)])

# Parsing a log.
log = """2024-01-05 12:00:01 INFO  step=10 loss=0.6931 lr=1e-3
2024-01-05 12:00:07 WARN  step=20 loss=0.5012 lr=1e-3
2024-01-05 12:00:13 INFO  step=30 loss=nan lr=5e-4
garbage line
2024-01-05 12:00:19 ERROR step=40 loss=0.4410 lr=5e-4"""
LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<fields>.*)$', re.M)
for m in LINE.finditer(log):
    fields = dict(re.findall(r'(\w+)=(\S+)', m['fields']))
    print(m.group('time'), m['level'].ljust(5), fields)
print(len(LINE.findall(log)), [m.start() for m in LINE.finditer(log)][:3])
losses = [float(x) for x in re.findall(r'loss=([\d.]+)\b', log)]
print(losses, re.sub(r'(?<=lr=)(\d)e-(\d)', r'\1×10^-\2', log.splitlines()[0]))
print(re.split(r'\n(?=\d{4})', log)[2])
config = "lr: 0.01\nbatch_size : 32\n# comment\nepochs:5"
print({k: v for k, v in re.findall(r'^\s*(\w+)\s*:\s*(\S+)', config, flags=re.MULTILINE)})
print(re.sub(r'\s+', ' ', 'a\n\n b\t c ').strip(), re.sub(r'([.!?])\s*', r'\1\n', 'Hi. Bye! Ok?'))
camel = 'trainModelWithSGDOptimizer'
print(re.sub(r'(?<!^)(?=[A-Z][a-z])', '_', camel).lower(), re.findall(r'[A-Z]?[a-z]+|[A-Z]+(?=[A-Z]|$)', camel))
print(re.sub(r'(\d+)', lambda m: f'<{int(m[1]):03d}>', 'epoch 7 of 12'))
