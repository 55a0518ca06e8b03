# A small Trainer with callbacks: functions in lists, **kwargs forwarding,
# __init_subclass__ registries, class decorators, and events dispatched by name.
import torch

torch.manual_seed(0)
CALLBACKS = {}


def register(name):
    def deco(cls):
        CALLBACKS[name] = cls
        cls.registered_as = name
        return cls
    return deco


class Callback:
    order = 0
    subclasses = []

    def __init_subclass__(cls, order=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.order = order
        Callback.subclasses.append(cls.__name__)

    def __call__(self, event, trainer, **info):
        handler = getattr(self, "on_" + event, None)
        if handler is not None:
            return handler(trainer, **info)

    def __repr__(self):
        return f"<{type(self).__name__} order={self.order}>"


@register("printer")
class Printer(Callback, order=2):
    def __init__(self, every=1):
        self.every = every

    def on_epoch_end(self, trainer, epoch, loss, **_):
        if epoch % self.every == 0:
            print(f"epoch {epoch:2d} loss {loss:.4f}")


@register("early_stop")
class EarlyStop(Callback, order=1):
    def __init__(self, patience=2, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad = float("inf"), 0

    def on_epoch_end(self, trainer, loss, **info):
        if loss < self.best - self.min_delta:
            self.best, self.bad = loss, 0
        else:
            self.bad += 1
            if self.bad >= self.patience:
                trainer.stop = True
                print("early stop at epoch", info["epoch"])


class History(Callback):
    def __init__(self):
        self.losses = []

    def on_epoch_end(self, trainer, loss, **_):
        self.losses.append(round(loss, 4))


class Trainer:
    def __init__(self, model, opt, loss_fn, callbacks=(), **config):
        self.model, self.opt, self.loss_fn = model, opt, loss_fn
        self.callbacks = sorted(callbacks, key=lambda c: c.order)
        self.config = {"epochs": 5, **config}
        self.stop = False
        self.hooks = []

    def fire(self, event, **info):
        for cb in self.callbacks:
            cb(event, self, **info)
        for hook in self.hooks:
            hook(event, **info)

    def fit(self, x, y):
        for epoch in range(self.config["epochs"]):
            self.opt.zero_grad()
            loss = self.loss_fn(self.model(x), y)
            loss.backward()
            self.opt.step()
            self.fire("epoch_end", epoch=epoch, loss=loss.item())
            if self.stop:
                break
        return self


x = torch.linspace(-1, 1, 16).unsqueeze(1)
y = 3 * x + 0.5
model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
hist = History()
cbs = [CALLBACKS["printer"](every=2), hist, CALLBACKS["early_stop"](patience=1, min_delta=0.5)]
trainer = Trainer(model, opt, torch.nn.functional.mse_loss, cbs, epochs=8, name="demo")
events = []
trainer.hooks.append(lambda event, **info: events.append((event, sorted(info))))
trainer.fit(x, y)
print(trainer.callbacks, trainer.config)
print(hist.losses, len(events), events[0])
print(sorted(CALLBACKS), Callback.subclasses, Printer.registered_as, EarlyStop.order, History.order)
print(Printer.__mro__[1].__name__, isinstance(cbs[0], Callback), callable(cbs[1]))
try:
    class Broken(Callback, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
