# A micrograd-style training loop: every node's _backward closure makes a cycle (node ->
# closure -> the call's frame or cells -> node), so each step's graph is garbage only a cycle
# collector frees. Prints the losses and how the collector's interface answers mid-training.
import gc
import math


class Value:
    def __init__(self, data, children=(), op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = children
        self._op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t * t) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        order, seen = [], set()

        def build(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    build(child)
                order.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()


def neuron(ws, b, xs):
    return sum((w * x for w, x in zip(ws, xs)), b).tanh()


weights = [[Value(((i * 7 + j * 3) % 11 - 5) / 10) for j in range(3)] for i in range(4)]
biases = [Value(0.1 * (i % 3)) for i in range(4)]
out_w = [Value(((i * 5) % 7 - 3) / 10) for i in range(4)]
params = [w for row in weights for w in row] + biases + out_w
for step in range(30):
    loss = Value(0.0)
    for n in range(12):
        xs = [((n * 13 + k * 7) % 17 - 8) / 8 for k in range(3)]
        hidden = [neuron(weights[i], biases[i], xs) for i in range(4)]
        pred = neuron(out_w, Value(0.0), hidden)
        target = 1.0 if n % 2 else -1.0
        diff = pred - target
        loss = loss + diff * diff
    for p in params:
        p.grad = 0.0
    loss.backward()
    for p in params:
        p.data -= 0.05 * p.grad
    if step % 5 == 0:
        print(step, f"{loss.data:.6f}", loss._op, len(loss._prev))
    if step == 10:
        print("collected something:", gc.collect() > 0)
    if step == 20:
        gc.disable()
    if step == 25:
        print("while disabled:", gc.collect() > 0, gc.isenabled())
        gc.enable()
print(f"{loss.data:.6f}", [round(p.data, 4) for p in params[:4]])
print("final:", gc.collect() >= 0, params[0]._backward() is None)
