# A data pipeline in the style of deep-learning lesson code (pure Python, generator-heavy):
# a tokeniser, a vocabulary counted over the tokens and sorted by frequency, a batch
# generator, and a few epochs of a hand-written training loop (a bag-of-words linear model
# with squared loss) over generator-produced batches, with generator-expression sums,
# zip/enumerate, `yield from`, comprehensions and a sort with a key. Prints a checksum.
# Timed by
#   perf stat -r 5 descent run tools/bench/pipeline.py
# beside
#   perf stat -r 5 python3 tools/bench/pipeline.py
WORDS = ["the", "cat", "sat", "on", "mat", "dog", "ran", "to", "a", "park", "big", "red",
         "ball", "and", "then", "slept", "under", "tree", "bird", "sang"]


def corpus(n, seed):
    """Sentences of 5-12 words from a small linear congruential generator."""
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 5 + state % 8
        words = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            words.append(WORDS[(state >> 8) % len(WORDS)])
        yield " ".join(words) + "."


def tokens(sentence):
    for word in sentence.rstrip(".").split():
        yield word.lower()
    yield "<eos>"


def all_tokens(sentences):
    for s in sentences:
        yield from tokens(s)


def batches(xs, ys, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size], ys[i:i + size]


sentences = list(corpus(2000, 7))
counts = {}
for tok in all_tokens(sentences):
    counts[tok] = counts.get(tok, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
vocab = {tok: i for i, (tok, _) in enumerate(ranked)}
V = len(vocab)

# Features: bag-of-words counts; target: a fixed linear function of them.
features = []
for s in sentences:
    row = [0] * V
    for tok in tokens(s):
        row[vocab[tok]] += 1
    features.append(row)
true_w = [((i * 7) % 5 - 2) / 4 for i in range(V)]
targets = [sum(w * x for w, x in zip(true_w, row)) for row in features]

w = [0.0] * V
lr = 0.01
losses = []
for epoch in range(4):
    total = 0.0
    for step, (xb, yb) in enumerate(batches(features, targets, 32)):
        preds = [sum(wi * xi for wi, xi in zip(w, row)) for row in xb]
        errors = [p - y for p, y in zip(preds, yb)]
        total += sum(e * e for e in errors) / len(errors)
        grad = [sum(e * row[j] for e, row in zip(errors, xb)) * 2 / len(xb) for j in range(V)]
        w = [wi - lr * gi for wi, gi in zip(w, grad)]
    losses.append(total)

top = [tok for tok, _ in ranked[:5]]
nonzero = {j for j, row in enumerate(features) if row[1] > 1}
evens = sum(1 for i, x in enumerate(targets) if i % 2 == 0 and x > 0)
print("vocab", V, "top", top)
print("losses", [round(x, 6) for x in losses])
print("checksum", round(sum(abs(x) for x in w), 6), len(nonzero), evens, max(counts.values()))
