# Crash hunt: DataLoader and random_split arguments torch refuses, or accepts as slices.
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split
ds = TensorDataset(torch.arange(10.0))
def sizes(parts):
    return [len(p) for p in parts]
for label, f in [("batch 0", lambda: DataLoader(ds, batch_size=0)), ("batch -1", lambda: DataLoader(ds, batch_size=-1)),
                 ("batch 1.5", lambda: DataLoader(ds, batch_size=1.5)), ("batch True", lambda: DataLoader(ds, batch_size=True)),
                 ("sampler and shuffle", lambda: DataLoader(ds, batch_size=2, shuffle=True, sampler=[1])),
                 ("None and drop_last", lambda: DataLoader(ds, batch_size=None, drop_last=True)),
                 ("split short", lambda: random_split(ds, [3, 3])), ("split long", lambda: random_split(ds, [5, 6])),
                 ("split fractions over", lambda: random_split(ds, [0.5, 0.6])), ("split fraction negative", lambda: random_split(ds, [1.5, -0.5])),
                 ("split negative", lambda: sizes(random_split(ds, [-1, 11]))), ("split fractions", lambda: sizes(random_split(ds, [0.3, 0.3, 0.4]))),
                 ("split zero", lambda: sizes(random_split(ds, [0, 10]))),
                 ("index 10", lambda: ds[10]), ("index -11", lambda: ds[-11]), ("index -10", lambda: ds[-10]),
                 ("size mismatch", lambda: TensorDataset(torch.zeros(3), torch.zeros(4)))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
print(list(DataLoader(ds, batch_size=None))[:2])
print(list(DataLoader(ds, batch_size=4, sampler=[9, 0, 5])))
print(len(DataLoader(ds, batch_size=2, sampler=range(5))), len(DataLoader(ds, batch_size=3, drop_last=True)))
