# corpus statistics and an LRU cache, as an NLP lesson writes them
import re
import string
from collections import Counter, OrderedDict, defaultdict

corpus = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

table = str.maketrans("", "", string.punctuation)
tokens = corpus.lower().translate(table).split()
print(len(tokens), len(set(tokens)), tokens[:6])
freq = Counter(tokens)
print(freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[5:9])
print([w for w, c in freq.items() if c == 1][:5], freq.total(), sum(freq.values()))
bigrams = Counter(zip(tokens, tokens[1:]))
print(bigrams.most_common(3))
by_len = defaultdict(set)
for t in tokens:
    by_len[len(t)].add(t)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 5})
sentences = [s.strip() for s in re.split(r",\s*|\.\s*", corpus) if s.strip()]
print(len(sentences), sentences[-1], sentences[3].title(), sentences[0].capitalize().swapcase())
print(max(sentences, key=len), min(sentences, key=lambda s: (len(s), s)))
print("|".join(s.center(24, ".") for s in sentences[:2]), "42".zfill(5), "-7".zfill(4))
print("key=value=x".partition("="), "a.b.c".rpartition("."), "  pad  ".strip(), "xxhixx".strip("x"))
print("Hello World".casefold(), "ß".upper(), "title case words".title(), "snake_case_name".replace("_", " ").split())
print("they're 3rd-rate o'neil".title(), "Hello World".istitle(), "Hello world".istitle(), "ǅ".istitle(), "".istitle())
print("abc".translate({97: "A", 98: None, 99: 0x1F600}), "tab".translate(str.maketrans({"t": "T", "b": "B"})), "x1".maketrans("x", "y"))
print("Straße ﬁne ΣΑΣ".casefold(), "ab12".isdecimal(), "١٢".isdecimal(), "x_1".isidentifier(), "1x".isidentifier(), "é".isascii(), "a\tb".isprintable(), "banana".rindex("an"))
print(" ".join(reversed("one two three".split())), "abc"[::-1], "banana".count("an"), "banana".rfind("an"))
print("word".ljust(8, "-") + "|", "a\tb".expandtabs(4), "x,y,,z".split(","), "x,y,,z".split(",", 1))
print("CamelCaseString".isalpha(), "123".isdigit(), "½".isnumeric(), "  ".isspace(), "Ab".istitle())
print(str.lower("ABC"), list(map(str.upper, ["a", "b"])), "-".join(map(str, range(5))))
print(f"{'the':>6}: {freq['the']:3d} {'#' * freq['the']}")
for word, count in freq.most_common(4):
    print(f"{word:>8}: {count:3d} {'#' * count}")
counts_a = Counter(a=3, b=1)
counts_b = Counter(a=1, b=2, c=5)
print(counts_a + counts_b, counts_a - counts_b, counts_a & counts_b, counts_a | counts_b)
print(list((counts_a + counts_b).elements()), +Counter(a=-1, b=2), counts_b.most_common()[-1])
counts_a.subtract(b=4)
print(counts_a, sorted(counts_a.elements()))


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)
        return value

    def __repr__(self):
        return f"LRUCache({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(3)
for w in ["it", "was", "the", "it", "best", "was", "of", "it"]:
    cache.get(w, lambda k: len(k) * "*")
print(cache)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b", last=False)
print(od, list(reversed(od)), od.popitem(), od == dict(od), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
inv = defaultdict(list)
for i, t in enumerate(tokens[:12]):
    inv[t].append(i)
print(dict(inv), inv.default_factory, len(inv))
vocab = {w: i for i, w in enumerate(sorted(freq, key=lambda w: (-freq[w], w)))}
print(list(vocab.items())[:6], [vocab.get(w, -1) for w in "it was the best of tiny times".split()])
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "the age of wisdom"), re.findall(r"\b\w{7,}\b", corpus))
print(re.sub(r"(?P<w>epoch|season)", r"<\g<w>>", sentences[5]), re.subn(r"\s+", " ", "a  b \n c"))
