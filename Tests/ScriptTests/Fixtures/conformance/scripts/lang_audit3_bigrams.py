# A course lesson's character- and word-level bigram model in plain Python: a tokenizer,
# vocabularies, bigram counts with Counter and defaultdict, smoothed probabilities, greedy
# and seeded sampling, perplexity, and the tables a lesson prints along the way.
import math
import random
from collections import Counter, defaultdict
from itertools import islice, pairwise

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A lazy afternoon: the fox and the dog, side by side... "Quick," said the fox.
Numbers like 3.14 and 42 stay tokens, as do don't and it's."""


PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def tokenize(text):
    tokens, current = [], ""
    for i, ch in enumerate(text.lower()):
        joins = ch == "'" and current.isalpha() and text[i + 1:i + 2].isalpha()
        decimal = ch == "." and current.isdigit() and text[i + 1:i + 2].isdigit()
        if ch.isalnum() or joins or decimal or (current and "." in current and ch.isdigit()):
            current += ch
            continue
        if current:
            tokens.append(current)
            current = ""
        if not ch.isspace():
            tokens.append(ch)
    return tokens + ([current] if current else [])


tokens = tokenize(TEXT)
print(len(tokens), tokens[:12])
print(" ".join(islice(tokens, 20, 30)))
words = [t for t in tokens if t[0].isalpha()]
punct = Counter(t for t in tokens if t in PUNCTUATION)
print(len(words), punct.most_common(3), sorted(punct))

vocab = sorted(set(words))
stoi = {w: i for i, w in enumerate(vocab)}
itos = {i: w for w, i in stoi.items()}
print(len(vocab), vocab[:8], stoi["fox"], itos[0])

unigrams = Counter(words)
bigrams = Counter(pairwise(words))
follow = defaultdict(Counter)
for a, b in pairwise(words):
    follow[a][b] += 1

print(unigrams.most_common(4))
print(bigrams.most_common(3))
print(dict(follow["the"]), follow["zebra"], "zebra" in follow)
print(f"{'word':<10}{'count':>6}{'next':>12}")
for w, n in unigrams.most_common(5):
    nxt, k = follow[w].most_common(1)[0] if follow[w] else ("-", 0)
    print(f"{w:<10}{n:>6}{nxt:>8} ({k})")


def prob(a, b, alpha=1.0):
    return (follow[a][b] + alpha) / (sum(follow[a].values()) + alpha * len(vocab))


print(round(prob("the", "fox"), 6), round(prob("the", "zebra"), 6), round(prob("fox", "the", alpha=0.1), 6))
row = [prob("the", w) for w in vocab]
print(f"{sum(row):.12f}", max(vocab, key=lambda w: prob("the", w)))


def nll(sequence, alpha=1.0):
    logs = [math.log(prob(a, b, alpha)) for a, b in pairwise(sequence)]
    return -sum(logs) / len(logs)


for alpha in (0.01, 0.1, 1.0):
    loss = nll(words, alpha)
    print(f"alpha={alpha:<5} nll={loss:.4f} ppl={math.exp(loss):8.3f}")


def greedy(start, n):
    out = [start]
    for _ in range(n):
        options = follow[out[-1]]
        if not options:
            break
        out.append(max(sorted(options), key=options.__getitem__))
    return " ".join(out)


print(greedy("the", 6))
print(greedy("quick", 4))
rng = random.Random(1337)


def sample(start, n):
    out = [start]
    for _ in range(n):
        weights = [prob(out[-1], w, 0.5) for w in vocab]
        out.append(rng.choices(vocab, weights=weights)[0])
    return " ".join(out)


for _ in range(3):
    print(sample("the", 5))

chars = Counter(c for c in TEXT.lower() if c.isalpha())
top = chars.most_common()
print("".join(c for c, _ in top[:10]), top[-1], sum(chars.values()))
char_pairs = Counter(a + b for w in words for a, b in zip("^" + w, w + "$"))
print(char_pairs.most_common(5))
print(sorted(char_pairs.items(), key=lambda kv: (-kv[1], kv[0]))[5:9])
