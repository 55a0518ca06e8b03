# A text-generation lesson's helpers: a character vocabulary, encode/decode, batching of
# training windows, and a bigram count table printed as a formatted grid.
from collections import Counter, defaultdict
import random

text = """to be or not to be that is the question
whether tis nobler in the mind to suffer"""

chars = sorted(set(text))
vocab_size = len(chars)
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for ch, i in stoi.items()}
encode = lambda s: [stoi[c] for c in s]
decode = lambda ids: "".join(itos[i] for i in ids)
print(f"{vocab_size=}", repr("".join(chars)))
print(encode("to be"), decode(encode("question")) == "question")


class CharVocab:
    """Vocabulary with reserved tokens."""
    PAD, UNK = "<pad>", "<unk>"

    def __init__(self, text, min_count=1):
        counts = Counter(text)
        self.itos = [self.PAD, self.UNK] + sorted(c for c, n in counts.items() if n >= min_count)
        self.stoi = {s: i for i, s in enumerate(self.itos)}

    def __len__(self):
        return len(self.itos)

    def __getitem__(self, token):
        return self.stoi.get(token, self.stoi[self.UNK])

    def __contains__(self, token):
        return token in self.stoi

    def __repr__(self):
        return f"{type(self).__name__}(size={len(self)}, first={self.itos[2:6]!r})"

    def encode(self, s, pad_to=None):
        ids = [self[c] for c in s]
        if pad_to is not None:
            ids += [self[self.PAD]] * (pad_to - len(ids))
        return ids

    def decode(self, ids, skip_special=True):
        special = {self.PAD, self.UNK}
        return "".join(t for t in (self.itos[i] for i in ids) if not (skip_special and t in special))


v = CharVocab(text, min_count=2)
print(v, len(v), "q" in v, v["q"], v["z"])
ids = v.encode("tis the", pad_to=10)
print(ids, repr(v.decode(ids)), repr(v.decode(ids, skip_special=False)))

data = encode(text)
block = 8
random.seed(1337)
starts = random.sample(range(len(data) - block), 4)
xs = [data[i:i + block] for i in starts]
ys = [data[i + 1:i + block + 1] for i in starts]
for x, y in zip(xs, ys):
    print(f"{decode(x)!r:>12} -> {decode(y)!r}")

bigrams = defaultdict(int)
for a, b in zip(text, text[1:]):
    bigrams[a, b] += 1
top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), n in top:
    print(f"{a!r}{b!r}: {n:3d} {'#' * n}")
letters = "aeiot"
print("    " + "".join(f"{c:>3}" for c in letters))
for a in letters:
    print(f"{a:>3} " + "".join(f"{bigrams.get((a, b), 0):3d}" for b in letters))
freq = Counter(text.split())
print(freq.most_common(3), sum(freq.values()), max(freq, key=lambda w: (len(w), w)))
