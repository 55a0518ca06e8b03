# makemore-style: names -> character vocabulary, bigram counts, sampling with random
import random
import re
from collections import Counter, defaultdict

text = """emma olivia ava isabella sophia charlotte mia amelia harper evelyn
abigail emily elizabeth mila ella avery sofia camila aria scarlett
Victoria, madison; luna grace chloe penelope layla riley zoey nora"""

words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
print(len(words), words[:5])
print(min(len(w) for w in words), max(len(w) for w in words))

chars = sorted(set(''.join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
print(len(stoi), itos[1], itos[len(itos) - 1])

b = Counter()
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        b[(ch1, ch2)] += 1
print(b.most_common(6))
print(sorted(b.items(), key=lambda kv: -kv[1])[:3])

N = [[0] * len(stoi) for _ in range(len(stoi))]
for (c1, c2), n in b.items():
    N[stoi[c1]][stoi[c2]] += n
print(N[0][:10], sum(N[0]))

following = defaultdict(list)
for (c1, c2), n in sorted(b.items()):
    following[c1].append(c2)
print({k: ''.join(v) for k, v in list(following.items())[:4]})

g = random.Random(2147483647)
for _ in range(5):
    out = []
    ix = 0
    while True:
        row = N[ix]
        ix = g.choices(range(len(row)), weights=[c + 1 for c in row])[0]
        if ix == 0:
            break
        out.append(itos[ix])
    print(''.join(out))

random.seed(42)
random.shuffle(words)
n1 = int(0.8 * len(words))
n2 = int(0.9 * len(words))
print(words[:n1][:4], len(words[n1:n2]), words[n2:])
print(random.sample(chars, 3), random.randint(1, 10), round(random.gauss(0, 1), 6))
counts = Counter(''.join(words))
print(counts.most_common(3), counts['a'], counts['#'])
print(Counter(len(w) for w in words))
vowels = re.compile(r'[aeiou]{2,}')
print([(w, vowels.findall(w)) for w in words if vowels.search(w)][:5])
print(re.sub(r'(\w)\1', lambda m: m.group(1).upper(), 'isabella emma scarlett'))
print(re.split(r'[,;\s]+', "a, b;c  d"))
