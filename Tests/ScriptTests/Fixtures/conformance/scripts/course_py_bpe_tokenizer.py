# minbpe-style byte-pair encoding over code points: get_stats, merge, encode/decode
import re

GPT4_SPLIT = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\w]?+[a-zA-Z]+|\d{1,3}| ?[^\s\w]++[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+"""


def get_stats(ids, counts=None):
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    newids = []
    i = 0
    while i < len(ids):
        if ids[i] == pair[0] and i < len(ids) - 1 and ids[i + 1] == pair[1]:
            newids.append(idx)
            i += 2
        else:
            newids.append(ids[i])
            i += 1
    return newids


def replace_control_characters(s):
    chars = []
    for ch in s:
        if unicodedata_category(ch)[0] != "C":
            chars.append(ch)
        else:
            chars.append(f"\\u{ord(ch):04x}")
    return "".join(chars)


def unicodedata_category(ch):
    return "Cc" if ord(ch) < 32 or ord(ch) == 127 else "L"


class Tokenizer:
    def __init__(self, pattern=GPT4_SPLIT):
        self.pattern = pattern
        self.compiled = re.compile(pattern)
        self.merges = {}
        self.vocab = {i: chr(i) for i in range(256)}

    def train(self, text, vocab_size, verbose=False):
        assert vocab_size >= 256
        chunks = re.findall(self.compiled, text)
        ids = [[min(ord(c), 255) for c in ch] for ch in chunks]
        for i in range(vocab_size - 256):
            stats = {}
            for chunk_ids in ids:
                get_stats(chunk_ids, stats)
            if not stats:
                break
            pair = max(stats, key=stats.get)
            idx = 256 + i
            ids = [merge(chunk_ids, pair, idx) for chunk_ids in ids]
            self.merges[pair] = idx
            self.vocab[idx] = self.vocab[pair[0]] + self.vocab[pair[1]]
            if verbose:
                print(f"merge {i + 1}/{vocab_size - 256}: {pair} -> {idx} ({self.vocab[idx]!r}) had {stats[pair]} occurrences")

    def encode_chunk(self, ids):
        while len(ids) >= 2:
            stats = get_stats(ids)
            pair = min(stats, key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids

    def encode(self, text):
        out = []
        for chunk in self.compiled.findall(text):
            out.extend(self.encode_chunk([min(ord(c), 255) for c in chunk]))
        return out

    def decode(self, ids):
        return "".join(self.vocab[i] for i in ids)


text = ("The quick brown fox jumps over the lazy dog. The dog didn't care; the fox's jumps "
        "were 1234567 times higher than the dog's!\nThe end.\n\n  Indented line   ")
print(re.findall(GPT4_SPLIT, text)[:20])
tok = Tokenizer()
tok.train(text, 256 + 12, verbose=True)
ids = tok.encode("the fox jumps over the dog")
print(ids, tok.decode(ids), len(ids))
print(tok.decode(tok.encode(text)) == text)
print(sorted(tok.merges.items(), key=lambda kv: kv[1])[-3:])
print(replace_control_characters("tab\there\x7f"), get_stats([1, 2, 3, 1, 2]), merge([1, 2, 3, 1, 2], (1, 2), 4))
print(re.findall(r"\s+(?!\S)|\s+", "a  b   \n"), re.findall(r"'(?i:[sdmt]|ll)", "I'LL it'S we'd"))
