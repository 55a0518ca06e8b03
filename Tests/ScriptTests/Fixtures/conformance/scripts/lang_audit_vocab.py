# A tokenizer and vocabulary with Counter, defaultdict, OrderedDict and most_common.
from collections import Counter, defaultdict, OrderedDict

corpus = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
A fox, a dog, and THE end."""


def tokenize(text):
    return [
        w.strip(".,;!").lower() for w in text.split() if w.strip(".,;!")
    ]


tokens = tokenize(corpus)
print(tokens[:8], len(tokens))
counts = Counter(tokens)
print(counts.most_common(3))
print(counts["fox"], counts["cat"], len(counts), sum(counts.values()))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])


class Vocab:
    PAD, UNK = "<pad>", "<unk>"

    def __init__(self, tokens, min_freq=1, specials=("<pad>", "<unk>")):
        counter = Counter(tokens)
        self.itos = list(specials)
        for tok, freq in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            if freq >= min_freq and tok not in self.itos:
                self.itos.append(tok)
        self.stoi = {tok: i for i, tok in enumerate(self.itos)}

    def __len__(self):
        return len(self.itos)

    def __getitem__(self, token):
        return self.stoi.get(token, self.stoi[self.UNK])

    def __contains__(self, token):
        return token in self.stoi

    def encode(self, text):
        return [self[t] for t in tokenize(text)]

    def decode(self, ids):
        return " ".join(self.itos[i] for i in ids)

    def __repr__(self):
        return f"Vocab(size={len(self)}, first={self.itos[:4]!r})"


vocab = Vocab(tokens, min_freq=2)
print(vocab)
print(vocab.stoi)
ids = vocab.encode("the fox eats the cat")
print(ids, vocab.decode(ids))
print("fox" in vocab, "cat" in vocab)

by_len = defaultdict(list)
for t in sorted(set(tokens)):
    by_len[len(t)].append(t)
print(by_len)
print(dict(by_len), sorted(by_len))
first_pos = defaultdict(int)
for i, t in enumerate(tokens):
    first_pos[t] += i
print(first_pos["fox"], first_pos["missing"], "missing" in first_pos)
nested = defaultdict(lambda: defaultdict(int))
for a, b in zip(tokens, tokens[1:]):
    nested[a][b] += 1
print(dict(nested["the"]), nested["fox"])
bigrams = Counter(zip(tokens, tokens[1:]))
print(bigrams.most_common(2))

c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1, c2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(c1.most_common(), list(c1.elements())[:6], c1.total())
c1.update("aaa")
c1.subtract({"a": 10, "z": 1})
print(c1, +c1, -c1)
print(Counter(a=3, b=1) == Counter(b=1, a=3), Counter() == Counter(x=0))
od = OrderedDict()
for t in ["b", "a", "c"]:
    od[t] = len(t)
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict.fromkeys("xyz", 0)
print(od2, od2 == OrderedDict([("x", 0), ("y", 0), ("z", 0)]), od2 == {"z": 0, "y": 0, "x": 0})
word_freq = dict(sorted(counts.items()))
print(list(word_freq.items())[:4])
print(max(counts, key=counts.get), min(counts, key=lambda k: (counts[k], k)))
print(Counter({"a": 2, "b": 5}).most_common(1)[0])
print(vocab.itos.index("dog"), vocab.decode([0, 1, 2]))
print(" ".join(f"{w}:{n}" for w, n in counts.most_common(4)))
print(f"{'token':<8}|{'count':>5}")
for w, n in counts.most_common(3):
    print(f"{w:<8}|{n:>5}")
