# pprint as notebooks use it: configs, nested results, long strings, dataclasses, collections
import pprint
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field
from pprint import pformat, pp

config = {"model": {"name": "mlp", "layers": [784, 256, 128, 10], "activation": "relu", "dropout": 0.1},
          "optim": {"name": "adamw", "lr": 3e-4, "betas": (0.9, 0.999), "weight_decay": 0.01},
          "data": {"batch_size": 64, "shuffle": True, "splits": {"train": 0.8, "valid": 0.1, "test": 0.1}},
          "epochs": 20, "seed": 42, "tags": ["baseline", "mnist"]}
pprint.pprint(config)
pprint.pprint({"b": 1, "a": 2, "c": [3, 2, 1]})
pp({"b": 1, "a": 2})
pprint.pprint(config, width=60, indent=2)
pprint.pprint(config["model"], sort_dicts=False)
print(pformat(list(range(40))))
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([{"epoch": e, "loss": round(1 / (e + 1), 4), "acc": round(0.5 + e / 40, 3)} for e in range(6)])
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
pprint.pprint(text)
pprint.pprint({"description": text, "short": "ok"})
pprint.pprint(["line one\nline two\n", "x" * 90])
pprint.pprint(config, depth=1)
pprint.pprint(config, depth=2)


@dataclass
class RunConfig:
    name: str
    lr: float = 0.001
    layers: list = field(default_factory=lambda: [512, 256, 128, 64, 32, 16, 8])
    notes: str = "a baseline run with a fairly long description that will not fit"
    secret: str = field(default="hidden", repr=False)


pprint.pprint(RunConfig("baseline"))
pprint.pprint([RunConfig("a", layers=[1])])
words = "the cat sat on the mat and the dog sat on the log while the bird sang".split()
pprint.pprint(Counter(words))
pprint.pprint(OrderedDict((w, len(w)) for w in words[:12]))
d = defaultdict(list)
for w in words:
    d[w[0]].append(w)
pprint.pprint(d)
pprint.pprint(deque(range(30), maxlen=30))
pprint.pprint({"set": set(range(25)), "frozen": frozenset({"b", "a"}), "empty": set(), "t": (1,), "nested": [[1, [2, [3, [4]]]]]})
pprint.pprint({1: "int key", "a": "str key", (1, 2): "tuple key"} if False else {3: "c", 1: "a", 2: "b"})
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.saferepr([1, [2, [3, [4, [5]]]]]))
printer = pprint.PrettyPrinter(indent=4, width=40)
printer.pprint(config["optim"])
print(printer.pformat({"k": list(range(12))}))
pprint.pprint(10 ** 10, underscore_numbers=True)
pprint.pprint([10 ** 6, 2 ** 40], underscore_numbers=True)
