# Crash hunt: module trees that hold themselves or nest deeper than the recursion limit.
import torch.nn as nn
class P(nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = self
p = P()
print(len(list(p.modules())), [n for n, _ in p.named_modules()])
try:
    print(p)
except RecursionError as e:
    print("RecursionError")
class Q(nn.Module):
    def forward(self, x):
        return self(x)
try:
    Q()(1)
except RecursionError as e:
    print("RecursionError", e)
m = nn.Identity()
for i in range(3000):
    m = nn.Sequential(m)
for label, f in [("repr", lambda: repr(m)), ("modules", lambda: list(m.modules())), ("named_modules", lambda: list(m.named_modules())),
                 ("parameters", lambda: list(m.parameters())), ("apply", lambda: m.apply(lambda x: None)), ("train", lambda: m.train())]:
    try:
        f()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError")
m = None
print("freed")
