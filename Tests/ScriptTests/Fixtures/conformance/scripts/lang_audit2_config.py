# A configuration object: nested dict merging, ** and | unpacking, attribute access through
# __getattr__, freezing with __setattr__, nested format specs, str.format_map, vars and
# copy.deepcopy.
import copy

DEFAULTS = {"model": {"hidden": 32, "layers": 2, "act": "relu"}, "optim": {"lr": 1e-3, "betas": (0.9, 0.999)}, "seed": 0}


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


class Config:
    _frozen = False

    def __init__(self, data=None, **overrides):
        object.__setattr__(self, "_data", merge(data or {}, overrides))

    def __getattr__(self, name):
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(f"config has no field {name!r}") from None
        return Config(value) if isinstance(value, dict) else value

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"cannot set {name!r}: config is frozen")
        self._data[name] = value

    def freeze(self):
        object.__setattr__(self, "_frozen", True)
        return self

    def __getitem__(self, path):
        node = self._data
        for part in path.split("."):
            node = node[part]
        return node

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        return isinstance(other, Config) and self._data == other._data

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._data.items())
        return f"Config({inner})"


cfg = Config(DEFAULTS, model={"hidden": 64}, seed=42)
print(cfg.model.hidden, cfg.model.act, cfg.optim.betas, cfg["optim.lr"], cfg.seed, list(cfg))
cfg.name = "run-1"
print(cfg.name, "name" in list(cfg), getattr(cfg, "missing", "default"), hasattr(cfg, "seed"))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    copy.deepcopy(cfg)
except RecursionError as e:
    # copy.py asks the bare copy hasattr(y, '__setstate__'): __getattr__ reads self._data.
    print("RecursionError:", e)


class SafeConfig(Config):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return super().__getattr__(name)


cfg = SafeConfig(cfg._data)
frozen = copy.deepcopy(cfg).freeze()
try:
    frozen.seed = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(frozen).__name__, frozen == cfg, frozen is cfg, frozen.model.hidden, vars(frozen)["_frozen"], vars(cfg).keys())
extra = {"optim": {"lr": 3e-4}} | {"seed": 7}
merged = merge(DEFAULTS, extra)
merged |= {"tag": "x"}
print(merged["optim"], merged["seed"], merged["tag"], {**DEFAULTS["model"], "act": "gelu"})
width, prec = 10, 3
for key in ["lr", "betas"]:
    value = merged["optim"][key]
    if isinstance(value, tuple):
        print(f"{key:<{width}}|" + " ".join(f"{v:>{width}.{prec}f}" for v in value))
    else:
        print(f"{key:<{width}}|{value:>{width}.{prec}e}")
print("{model[hidden]} hidden, {optim[lr]:.0e} lr".format_map(merged), "{0[act]!r:>8}".format(merged["model"]))
row = "{name:^12}|{hidden:>4d}|{lr:8.1e}"
print(row.format(name="baseline", hidden=cfg.model.hidden, lr=cfg.optim.lr), f"{'':-^26}")
print(sorted(merged, key=len), {k: type(v).__name__ for k, v in sorted(merged.items())})
print(f"{cfg!r:.30}", f"{3.14159:{'>'}{12}.{2}f}|", f"{1234567:,}", f"{0.25:.1%}", f"{255:#x}")
