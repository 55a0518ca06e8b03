# fast.ai-style callback system: getattr dispatch, **kwargs, sorted(key=), exceptions as control flow
import re
from functools import partial


class CancelFitException(Exception): pass
class CancelEpochException(Exception): pass
class CancelBatchException(Exception): pass


_camel_re1 = re.compile('(.)([A-Z][a-z]+)')
_camel_re2 = re.compile('([a-z0-9])([A-Z])')

def camel2snake(name):
    s1 = re.sub(_camel_re1, r'\1_\2', name)
    return re.sub(_camel_re2, r'\1_\2', s1).lower()


class Callback:
    order = 0
    _default = 'learn'

    @property
    def name(self):
        name = re.sub(r'Callback$', '', self.__class__.__name__)
        return camel2snake(name or 'callback')

    def __getattr__(self, k):
        if k.startswith('_'):
            raise AttributeError(k)
        return getattr(getattr(self, self._default), k)

    def __repr__(self):
        return type(self).__name__


def run_cbs(cbs, method_nm, learn=None):
    for cb in sorted(cbs, key=lambda c: c.order):
        method = getattr(cb, method_nm, None)
        if method is not None:
            method(learn)


class with_cbs:
    def __init__(self, nm):
        self.nm = nm

    def __call__(self, f):
        def _f(o, *args, **kwargs):
            try:
                o.callback(f'before_{self.nm}')
                f(o, *args, **kwargs)
                o.callback(f'after_{self.nm}')
            except globals()[f'Cancel{self.nm.title()}Exception']:
                pass
            finally:
                o.callback(f'cleanup_{self.nm}')
        return _f


class Learner:
    def __init__(self, data, lr=0.1, cbs=None, **kwargs):
        self.data, self.lr = data, lr
        self.cbs = list(cbs or [])
        for cb in self.cbs:
            cb.learn = self
        self.extra = dict(sorted(kwargs.items()))
        self.w = 0.0

    @with_cbs('batch')
    def one_batch(self, x, y):
        self.pred = self.w * x
        self.loss = (self.pred - y) ** 2
        self.callback('after_loss')
        self.w -= self.lr * 2 * (self.pred - y) * x

    @with_cbs('epoch')
    def one_epoch(self):
        for self.iter, (x, y) in enumerate(self.data):
            self.one_batch(x, y)

    @with_cbs('fit')
    def _fit(self):
        for self.epoch in range(self.n_epochs):
            self.one_epoch()

    def fit(self, n_epochs=1, cbs=None):
        self.n_epochs = n_epochs
        for cb in cbs or []:
            cb.learn = self
            self.cbs.append(cb)
        try:
            self._fit()
        finally:
            for cb in cbs or []:
                self.cbs.remove(cb)

    def callback(self, method_nm):
        run_cbs(self.cbs, method_nm, self)

    def __getattr__(self, name):
        if name in ('predict', 'get_preds'):
            return partial(self.callback, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class MetricsCB(Callback):
    order = 10

    def before_fit(self, learn):
        self.losses = []

    def after_loss(self, learn):
        self.losses.append(round(learn.loss, 6))

    def after_epoch(self, learn):
        print(f"epoch {learn.epoch}: w={learn.w:.4f} mean loss={sum(self.losses) / len(self.losses):.5f}")
        self.losses.clear()


class PrintBatchCallback(Callback):
    order = -1

    def before_batch(self, learn):
        if self.iter == 0:
            print(f"  first batch of epoch {self.epoch}, lr={self.lr}")


class SingleBatchCB(Callback):
    order = 1

    def after_batch(self, learn):
        raise CancelEpochException()


class StopAfterCB(Callback):
    def __init__(self, epochs=2, **kwargs):
        self.epochs = epochs
        self.kwargs = kwargs

    def after_epoch(self, learn):
        if learn.epoch + 1 >= self.epochs:
            print("stopping:", self.kwargs)
            raise CancelFitException

    def cleanup_fit(self, learn):
        print("cleanup_fit ran")


data = [(x, 3 * x) for x in (0.5, 1.0, 1.5, -1.0)]
cbs = [MetricsCB(), PrintBatchCallback()]
print([cb.name for cb in cbs], [camel2snake(n) for n in ('TrainEvalCallback', 'MixedPrecision', 'HTTPServer')])
learn = Learner(data, lr=0.05, cbs=cbs, wd=0.01, beta=(0.9, 0.99))
print(learn.extra, sorted(learn.cbs, key=lambda c: c.order))
learn.fit(3)
learn.fit(10, cbs=[StopAfterCB(2, reason='patience', patience=1)])
learn.fit(2, cbs=[SingleBatchCB()])
print(len(learn.cbs), round(learn.w, 6))
print(learn.predict.func.__name__, learn.predict.args, type(learn.get_preds).__name__)
print(getattr(learn, 'missing', 'default'))
print(cbs[0].lr, cbs[0].n_epochs, hasattr(cbs[0], 'nothing'))
try:
    learn.nothing
except AttributeError as e:
    print(repr(e))
try:
    cbs[0]._secret
except AttributeError as e:
    print("AttributeError", e.args)
d = {"lr": 0.1, "mom": 0.9}
def show(**kw): return ", ".join(f"{k}={v}" for k, v in sorted(kw.items(), key=lambda kv: kv[0], reverse=True))
print(show(**d, wd=1e-4), show(**{**d, "lr": 3e-3}))
