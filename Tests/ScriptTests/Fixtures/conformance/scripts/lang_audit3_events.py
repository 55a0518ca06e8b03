# A training loop's event/callback system: a registry of handlers by event name, decorators
# built with functools.wraps (timing-free logging, retry, counting, validation) that forward
# *args and **kwargs, callbacks as bound methods, lambdas and callable objects, priorities,
# unsubscribing, and the errors a misused handler raises.
import functools
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.log = []

    def on(self, event, priority=0):
        def register(fn):
            self._handlers[event].append((priority, len(self._handlers[event]), fn))
            self._handlers[event].sort(key=lambda item: (-item[0], item[1]))
            return fn
        return register

    def off(self, event, fn):
        before = len(self._handlers[event])
        self._handlers[event] = [h for h in self._handlers[event] if h[2] is not fn]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, fn in self._handlers.get(event, []):
            results.append(fn(*args, **kwargs))
        self.log.append((event, len(results)))
        return results

    def __repr__(self):
        counts = ", ".join(f"{k}={len(v)}" for k, v in sorted(self._handlers.items()))
        return f"EventBus({counts})"


def logged(prefix="call"):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            print(f"[{prefix}] {fn.__name__}({', '.join(shown)})")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except RuntimeError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times") from last
        return wrapper
    return decorate


def validate(**checks):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"{fn.__name__}: bad {name}={kwargs[name]!r}")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


bus = EventBus()


@bus.on("epoch_end")
@logged("epoch")
@counted
def report(epoch, loss, **extra):
    """Print one epoch's loss."""
    return f"epoch {epoch}: {loss:.3f}" + "".join(f" {k}={v}" for k, v in extra.items())


@bus.on("epoch_end", priority=5)
@validate(loss=lambda x: x >= 0)
def guard(epoch, loss=0.0, **_):
    return "ok" if loss < 10 else "diverged"


class EarlyStopping:
    def __init__(self, patience):
        self.patience, self.best, self.bad = patience, float("inf"), 0

    def __call__(self, epoch, loss, **_):
        if loss < self.best:
            self.best, self.bad = loss, 0
        else:
            self.bad += 1
        return self.bad >= self.patience


class Recorder:
    def __init__(self):
        self.history = []

    def record(self, epoch, loss, **kw):
        self.history.append((epoch, round(loss, 3), tuple(sorted(kw))))
        return len(self.history)


stopper = EarlyStopping(patience=2)
recorder = Recorder()
bus.on("epoch_end", priority=1)(stopper)
bus.on("epoch_end")(recorder.record)
bus.on("train_end")(lambda **kw: print("done:", kw))
print(bus)
print(report.__name__, report.__doc__, report.__wrapped__.__name__, report.__wrapped__.calls, report.calls)

losses = [2.0, 1.2, 0.9, 0.95, 0.97, 0.5]
for epoch, loss in enumerate(losses):
    results = bus.emit("epoch_end", epoch, loss=loss, lr=0.1 / (epoch + 1))
    print(results)
    if results[1]:
        print("stopping at", epoch)
        break
bus.emit("train_end", epochs=epoch + 1, best=stopper.best)
print(recorder.history[-2:], report.__wrapped__.calls, report.calls, bus.log)
print(bus.off("epoch_end", stopper), bus.off("epoch_end", stopper), bus)

try:
    bus.emit("epoch_end", 9, loss=-1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    bus.emit("epoch_end", 9)
except TypeError as e:
    print("TypeError:", e)


@retry(3)
def flaky(step, attempt=1, fail_until=2):
    if attempt <= fail_until:
        raise RuntimeError(f"step {step} not ready")
    return f"step {step} ok on attempt {attempt}"


print(flaky(1))
print(flaky.__name__, flaky.__wrapped__.__defaults__)
try:
    flaky(2, fail_until=5)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)

dispatch = {name: functools.partial(bus.emit, name) for name in ("epoch_end", "train_end", "missing")}
print(dispatch["missing"](), dispatch["train_end"](reason="manual"), sorted(dispatch))
apply_all = lambda fns, *a, **k: [f(*a, **k) for f in fns]
print(apply_all([max, min, sorted], [3, 1, 2], key=lambda x: -x))
report(99, 0.1234, note="direct")
bus.emit("epoch_end", 10, 1.0, extra=True)
