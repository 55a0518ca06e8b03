# A scalar autograd engine in the style of micrograd (pure Python, class-heavy): builds a
# graph of about 10,000 Value nodes (a small MLP's forward pass and loss over a batch) and
# back-propagates through it with a topological sort. Timed by
#   swift run -c release bench script tools/bench/micrograd.py
# beside
#   time python3 tools/bench/micrograd.py
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
        order, seen = [], {}

        def build(v):
            if v not in seen:
                seen[v] = True
                for child in v._prev:
                    build(child)
                order.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()


def neuron(ws, b, xs):
    return sum((w * x for w, x in zip(ws, xs)), b).tanh()


weights = [[Value(((i * 7 + j * 3) % 11 - 5) / 10) for j in range(4)] for i in range(8)]
biases = [Value(0.1 * (i % 3)) for i in range(8)]
out_w = [Value(((i * 5) % 7 - 3) / 10) for i in range(8)]
for step in range(20):
    loss = Value(0.0)
    for n in range(78):
        xs = [((n * 13 + k * 7) % 17 - 8) / 8 for k in range(4)]
        hidden = [neuron(weights[i], biases[i], xs) for i in range(8)]
        pred = neuron(out_w, Value(0.0), hidden)
        target = 1.0 if n % 2 else -1.0
        diff = pred - target
        loss = loss + diff * diff
    for p in [w for row in weights for w in row] + biases + out_w:
        p.grad = 0.0
    loss.backward()
    for p in [w for row in weights for w in row] + biases + out_w:
        p.data -= 0.01 * p.grad
    print(step, f"{loss.data:.6f}")
