# a mini nn.Module in pure Python: __setattr__ registration, __init_subclass__ registry,
# classmethod factories, named_parameters generators, __call__, and a nested repr
from collections import OrderedDict
import random


class Parameter:
    def __init__(self, data):
        self.data = list(data)
        self.grad = [0.0] * len(self.data)

    def __repr__(self):
        return f"Parameter(size={len(self.data)})"

    def __len__(self):
        return len(self.data)


class Module:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Module.registry[name or cls.__name__.lower()] = cls

    def __init__(self):
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_modules", OrderedDict())
        self.training = True

    def __setattr__(self, name, value):
        if isinstance(value, Parameter):
            self._parameters[name] = value
        elif isinstance(value, Module):
            self._modules[name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        for store in ("_parameters", "_modules"):
            d = self.__dict__.get(store, {})
            if name in d:
                return d[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        if name in self._parameters:
            del self._parameters[name]
        else:
            super().__delattr__(name)

    def named_parameters(self, prefix=""):
        for name, p in self._parameters.items():
            yield prefix + name, p
        for mname, m in self._modules.items():
            yield from m.named_parameters(prefix + mname + ".")

    def parameters(self):
        return (p for _, p in self.named_parameters())

    def train(self, mode=True):
        self.training = mode
        for m in self._modules.values():
            m.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def extra_repr(self):
        return ""

    def __repr__(self):
        lines = [f"({k}): " + repr(m).replace("\n", "\n  ") for k, m in self._modules.items()]
        main = type(self).__name__ + "(" + self.extra_repr()
        if lines:
            main += "\n  " + "\n  ".join(lines) + "\n"
        return main + ")"

    @classmethod
    def create(cls, kind, *args, **kwargs):
        try:
            return cls.registry[kind](*args, **kwargs)
        except KeyError:
            raise ValueError(f"unknown module {kind!r}; known: {', '.join(sorted(cls.registry))}") from None


class Linear(Module):
    def __init__(self, nin, nout, bias=True, rng=None):
        super().__init__()
        rng = rng or random.Random(0)
        self.nin, self.nout = nin, nout
        self.weight = Parameter(round(rng.uniform(-1, 1) / nin ** 0.5, 4) for _ in range(nin * nout))
        if bias:
            self.bias = Parameter([0.0] * nout)

    def forward(self, x):
        w = self.weight.data
        out = [sum(w[o * self.nin + i] * x[i] for i in range(self.nin)) for o in range(self.nout)]
        if "bias" in self._parameters:
            out = [a + b for a, b in zip(out, self.bias.data)]
        return out

    def extra_repr(self):
        return f"in_features={self.nin}, out_features={self.nout}, bias={'bias' in self._parameters}"


class ReLU(Module, name="relu"):
    def forward(self, x):
        return [max(0.0, v) for v in x]


class Sequential(Module):
    def __init__(self, *layers):
        super().__init__()
        for i, layer in enumerate(layers):
            setattr(self, str(i), layer)

    def forward(self, x):
        for m in self._modules.values():
            x = m(x)
        return x

    def __getitem__(self, i):
        return list(self._modules.values())[i]

    def __len__(self):
        return len(self._modules)


class MLP(Module):
    def __init__(self, sizes):
        super().__init__()
        rng = random.Random(42)
        layers = []
        for a, b in zip(sizes, sizes[1:]):
            layers += [Linear(a, b, rng=rng), ReLU()]
        self.net = Sequential(*layers[:-1])
        self.scale = 2.0

    def forward(self, x):
        return [self.scale * v for v in self.net(x)]


print(sorted(Module.registry))
model = MLP([3, 4, 2])
print(model)
print([(n, len(p)) for n, p in model.named_parameters()])
print(sum(len(p) for p in model.parameters()), model.scale, model.net[0].nout, len(model.net))
print([round(v, 6) for v in model([1.0, -2.0, 0.5])])
print(model.eval().training, model.net[1].training, model.train().net[2].training)
print(sorted(vars(model)), list(model._modules), "weight" in model.net[0].__dict__)
lin = Module.create("linear", 2, 1, bias=False)
print(lin, list(dict(lin.named_parameters())), lin([2.0, 3.0]))
del lin.weight
print(list(lin._parameters), hasattr(lin, "weight"))
try:
    Module.create("conv", 3)
except ValueError as e:
    print("ValueError:", e)
try:
    model.dropout
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(model.net, Module), issubclass(ReLU, (Linear, Module)), type(model).__mro__)
