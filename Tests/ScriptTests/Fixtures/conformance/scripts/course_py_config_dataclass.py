# a training config as a dataclass, printed with json.dumps and textwrap
import json
import textwrap
from dataclasses import dataclass, field, asdict, fields, replace
from typing import List, Optional


@dataclass
class OptimConfig:
    name: str = "adamw"
    lr: float = 3e-4
    betas: tuple = (0.9, 0.95)
    weight_decay: float = 0.1


@dataclass(frozen=True)
class DataConfig:
    path: str
    block_size: int = 128
    splits: List[float] = field(default_factory=lambda: [0.8, 0.1, 0.1])


@dataclass
class TrainConfig:
    """Everything a run needs."""
    model: str
    n_layer: int = 4
    n_embd: int = 64
    dropout: float = 0.0
    optim: OptimConfig = field(default_factory=OptimConfig)
    data: Optional[DataConfig] = None
    tags: List[str] = field(default_factory=list)
    seed: int = field(default=1337, repr=False)

    def __post_init__(self):
        if self.n_embd % self.n_layer:
            raise ValueError(f"n_embd={self.n_embd} must divide by n_layer={self.n_layer}")

    @property
    def params(self):
        return 12 * self.n_layer * self.n_embd ** 2


cfg = TrainConfig("gpt-mini", data=DataConfig("names.txt"), tags=["char", "small"])
print(cfg)
print(cfg.params, cfg.optim.lr, cfg.data.splits)
d = asdict(cfg)
print(json.dumps(d, indent=2))
print(json.dumps(d, sort_keys=True, separators=(",", ":")))
print([f.name for f in fields(cfg)], fields(OptimConfig)[1].type)
cfg2 = replace(cfg, n_layer=8, tags=cfg.tags + ["deep"])
print(cfg2 == cfg, cfg2.n_layer, cfg2.tags, cfg == TrainConfig("gpt-mini", data=DataConfig("names.txt"), tags=["char", "small"]))
try:
    cfg.data.block_size = 256
except Exception as e:
    print(type(e).__name__, e)
try:
    TrainConfig("bad", n_layer=3)
except ValueError as e:
    print("ValueError:", e)
restored = json.loads(json.dumps(d))
restored["optim"] = OptimConfig(**restored["optim"])
restored["data"] = DataConfig(**restored["data"])
back = TrainConfig(**restored)
print(back == cfg, back.optim.betas, type(back.optim.betas).__name__)

summary = (f"Training {cfg.model} with {cfg.n_layer} layers of width {cfg.n_embd}, "
           f"optimizer {cfg.optim.name} at lr {cfg.optim.lr:g}, weight decay "
           f"{cfg.optim.weight_decay}, data from {cfg.data.path!r} in blocks of {cfg.data.block_size}.")
print(textwrap.fill(summary, width=50))
print(textwrap.fill(summary, width=60, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(summary, width=70, placeholder=" [...]"))
print(textwrap.indent(json.dumps(asdict(cfg.optim), indent=4), "> "))
print(textwrap.dedent("""\
    model:   %s
      layers: %d
    """) % (cfg.model, cfg.n_layer))
for key, value in sorted(d.items()):
    if isinstance(value, dict):
        for k2, v2 in value.items():
            print(f"{key + '.' + k2:<22}{v2!s:>12}")
    else:
        print(f"{key:<22}{str(value):>12}")
print(json.dumps({"nan": float("nan"), "inf": float("inf"), "t": (1, 2), None: True, 1.5: "x"}))
print(json.dumps("héllo → ✓"), json.dumps("héllo", ensure_ascii=False))
try:
    json.dumps({"cfg": cfg})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"cfg": cfg}, default=lambda o: o.__dict__ if not hasattr(o, "_asdict") else o._asdict(), indent=1)[:120])
print(json.dumps(cfg, default=asdict)[:80])
