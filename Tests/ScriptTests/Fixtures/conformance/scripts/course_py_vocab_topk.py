# a Vocab class with special tokens, top-k with heapq, operator.itemgetter, bisect buckets,
# enum-like constants, and a classification report table
import bisect
import heapq
import math
import operator
from collections import Counter, defaultdict
from functools import reduce


class Vocab:
    """Maps tokens to indices, with <unk> and <pad> reserved."""
    PAD, UNK = "<pad>", "<unk>"

    def __init__(self, tokens, min_freq=1, reserved=()):
        counter = Counter(tokens)
        self.token_freqs = sorted(counter.items(), key=operator.itemgetter(1), reverse=True)
        self.idx_to_token = [self.PAD, self.UNK, *reserved]
        self.idx_to_token += [t for t, f in self.token_freqs if f >= min_freq and t not in self.idx_to_token]
        self.token_to_idx = {t: i for i, t in enumerate(self.idx_to_token)}

    def __len__(self):
        return len(self.idx_to_token)

    def __getitem__(self, tokens):
        if not isinstance(tokens, (list, tuple)):
            return self.token_to_idx.get(tokens, self.unk)
        return [self.__getitem__(t) for t in tokens]

    def to_tokens(self, indices):
        if hasattr(indices, "__len__") and not isinstance(indices, str):
            return [self.idx_to_token[int(i)] for i in indices]
        return self.idx_to_token[indices]

    @property
    def unk(self):
        return self.token_to_idx[self.UNK]

    def __contains__(self, token):
        return token in self.token_to_idx

    def __iter__(self):
        return iter(self.idx_to_token)

    def __repr__(self):
        head = ", ".join(self.idx_to_token[:6])
        return f"Vocab(size={len(self)}: {head}, ...)"


text = "the cat sat on the mat the dog sat on the log a cat and a dog".split()
vocab = Vocab(text, min_freq=2, reserved=["<bos>"])
print(vocab, len(vocab), vocab["cat"], vocab[["the", "zebra", "dog"]], vocab.to_tokens([3, 4, 0]))
print("sat" in vocab, "mat" in vocab, list(vocab)[:4], vocab.token_freqs[:3], vocab.unk)
scores = {"cat": 0.91, "dog": 0.87, "mat": 0.12, "log": 0.55, "sat": 0.33, "the": 0.05}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=operator.itemgetter(1)))
h = []
for word, s in scores.items():
    heapq.heappush(h, (-s, word))
print([heapq.heappop(h)[1] for _ in range(3)], len(h), h[0])
print(sorted(scores.items(), key=operator.itemgetter(1, 0))[:2], operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
edges = [0.25, 0.5, 0.75]
labels = ["low", "mid", "high", "top"]
print({w: labels[bisect.bisect_right(edges, s)] for w, s in scores.items()})
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 3], 2), reduce(operator.mul, [1, 2, 3, 4]))

y_true = [0, 1, 2, 2, 1, 0, 1, 2, 0, 1]
y_pred = [0, 2, 2, 2, 1, 0, 0, 2, 1, 1]
names = ["cat", "dog", "bird"]
conf = [[0] * 3 for _ in range(3)]
for t, p in zip(y_true, y_pred):
    conf[t][p] += 1
print("     " + "".join(f"{n:>6}" for n in names))
for name, row in zip(names, conf):
    print(f"{name:>5}" + "".join(f"{c:>6d}" for c in row))
print(f"{'':>8}{'precision':>10}{'recall':>8}{'f1':>6}{'n':>4}")
stats = defaultdict(dict)
for k, name in enumerate(names):
    tp = conf[k][k]
    fp = sum(conf[r][k] for r in range(3)) - tp
    fn = sum(conf[k]) - tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    stats[name].update(p=p, r=r, f1=f1, n=sum(conf[k]))
    print(f"{name:>8}{p:>10.2f}{r:>8.2f}{f1:>6.2f}{sum(conf[k]):>4}")
acc = sum(conf[i][i] for i in range(3)) / len(y_true)
macro = sum(s["f1"] for s in stats.values()) / len(stats)
print(f"{'accuracy':>8}{acc:>24.2f}{len(y_true):>4}\n{'macro f1':>8}{macro:>24.3f}")
print(max(stats, key=lambda n: stats[n]["f1"]), sorted(stats, key=lambda n: (-stats[n]["r"], n)))
entropy = -sum(p * math.log2(p) for p in (c / len(text) for c in Counter(text).values()))
print(round(entropy, 4), math.isclose(sum(c / len(text) for c in Counter(text).values()), 1.0))
print(list(zip(*conf)), [list(col) for col in zip(*conf)][0], dict(zip(names, map(sum, conf))))
