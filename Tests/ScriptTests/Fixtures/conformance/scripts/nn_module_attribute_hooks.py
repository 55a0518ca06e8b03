# nn.Module subclasses that override __setattr__ / __getattr__ and reach Module's through super().
import torch
import torch.nn as nn

torch.manual_seed(0)


class Recording(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.scale = nn.Parameter(torch.ones(1))
        self.note = "plain"

    def __setattr__(self, name, value):
        print("setattr", name, type(value).__name__)
        super().__setattr__(name, value)

    def forward(self, x):
        return self.fc(x) * self.scale


m = Recording()
print([n for n, _ in m.named_parameters()])
print("note" in vars(m), "fc" in vars(m))
print(m.note, m.fc)
m.extra = nn.Linear(1, 1)
print([n for n, _ in m.named_parameters()])
print(m(torch.ones(3, 2)).shape)


class Direct(nn.Module):
    def __init__(self):
        nn.Module.__init__(self)
        nn.Module.__setattr__(self, "w", nn.Parameter(torch.zeros(2)))

    def __setattr__(self, name, value):
        if isinstance(value, torch.Tensor) and not isinstance(value, nn.Parameter):
            value = nn.Parameter(value)
        nn.Module.__setattr__(self, name, value)


d = Direct()
d.b = torch.ones(3)
print([(n, tuple(p.shape)) for n, p in d.named_parameters()])


class Wrapper(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def __getattr__(self, name):
        try:
            return super().__getattr__(name)
        except AttributeError:
            return getattr(self.inner, name)


w = Wrapper(nn.Linear(3, 2))
print(w.in_features, w.out_features, tuple(w.weight.shape), type(w.inner).__name__)
print(len(list(w.parameters())))
try:
    w.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Frozen(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(1, 1)
        self._frozen = True

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen; cannot set {name!r}")
        super().__setattr__(name, value)


fz = Frozen()
try:
    fz.layer = nn.Linear(2, 2)
except AttributeError as e:
    print("AttributeError:", e)
print(fz.layer)
