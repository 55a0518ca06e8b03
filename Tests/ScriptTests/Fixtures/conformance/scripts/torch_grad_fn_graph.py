# The autograd graph as scripts see it: grad_fn.name(), next_functions (node, index)
# pairs, AccumulateGrad nodes and their variable, one UnbindBackward0 for all parts.
import torch

torch.manual_seed(0)
x = torch.randn(3, 2, requires_grad=True)
w = torch.ones(2)
y = (x * 2 + w).sum()
print(y.grad_fn.name(), type(y.grad_fn).__name__)
print(y.grad_fn is y.grad_fn)


def walk(fn, depth=0):
    if fn is None:
        print("  " * depth + "None")
        return
    print("  " * depth + fn.name(), type(fn).__name__)
    if type(fn).__name__ == "AccumulateGrad":
        print("  " * depth + "variable is x:", fn.variable is x)
        print(fn.variable)
    for nxt, index in fn.next_functions:
        print("  " * depth + "input", index)
        walk(nxt, depth + 1)


walk(y.grad_fn)
print(type(y.grad_fn.next_functions), len(y.grad_fn.next_functions))
acc = y.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0]
print(acc.next_functions, acc.name())

parts = x.unbind(0)
print([p.grad_fn.name() for p in parts], [p.output_nr for p in parts])
print(parts[0].grad_fn is parts[2].grad_fn)
st = torch.stack(parts)
print([(f.name(), i) for f, i in st.grad_fn.next_functions])
a, b = x.split([1, 2])
print(a.grad_fn.name(), a.grad_fn is b.grad_fn)
print([(f.name(), i) for f, i in (a + b[0]).grad_fn.next_functions])
c0, c1 = x.chunk(2)
print(c0.grad_fn.name(), [(f.name(), i) for f, i in (c1.sum() + c0.sum()).grad_fn.next_functions])


def show(label, t):
    print(label, t.grad_fn.name(), [(None if f is None else f.name(), i) for f, i in t.grad_fn.next_functions])


v = torch.ones(2, requires_grad=True)
c = torch.ones(2)
show("v+1", v + 1)
show("1+v", 1 + v)
show("v*2", v * 2)
show("v/2", v / 2)
show("2/v", 2 / v)
show("v-1", v - 1)
show("1-v", 1 - v)
show("v**2", v ** 2)
show("v+c", v + c)
show("c*v", c * v)
show("v*v", v * v)
show("-v", -v)
show("exp", v.exp())
show("mean", v.mean())
show("v@c", v @ c)
show("relu", torch.relu(v))
show("clamp", v.clamp(0, 1))
show("cat", torch.cat([v, c]))
show("where", torch.where(c > 0, v, c))
show("mse", torch.nn.functional.mse_loss(v, c))
show("max", v.max())
show("view", v.view(2, 1))
show("slice", v[1:])
show("select", v[0])
show("fancy", v[[0, 1]])
show("add_", v.clone().add_(1))

model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
out = model(x)
show("model", out)
t_node = out.grad_fn.next_functions[2][0]
show("weight.t()", t_node)
print(t_node.next_functions[0][0].variable is model[2].weight)
show("relu", out.grad_fn.next_functions[1][0])
show("first layer", out.grad_fn.next_functions[1][0].next_functions[0][0])
print(x.grad_fn, w.grad_fn, x.is_leaf)
