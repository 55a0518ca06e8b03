import torch

x = torch.ones(3, requires_grad=True)
y = x * 2
print(y.retains_grad, x.retains_grad)
print(y.grad)
y.retain_grad()
y.retain_grad()
print(y.retains_grad)
y.sum().backward()
print(y.grad)
print(x.grad)

# an intermediate used twice, and two backward passes accumulating out of place
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
h = w.exp()
h.retain_grad()
loss = (h * h).sum() + h.mean()
loss.backward(retain_graph=True)
print(h.grad)
g1 = h.grad
loss.backward()
print(h.grad, g1)
print(w.grad)

# in place on a tensor that retains its gradient moves the hook
a = torch.tensor([0.5, 1.5], requires_grad=True)
b = a * 3
b.retain_grad()
b.mul_(2)
print(b.grad_fn.name(), b.retains_grad)
(b ** 2).sum().backward()
print(b.grad, a.grad)

# hidden layer activations of a tiny network
torch.manual_seed(0)
lin = torch.nn.Linear(2, 3)
inp = torch.tensor([[1.0, 2.0]])
hid = lin(inp)
hid.retain_grad()
act = torch.relu(hid)
act.retain_grad()
out = act.sum()
out.backward()
print(hid.grad, act.grad)
print(out.grad)
print(lin.weight.grad.retains_grad, lin.weight.retains_grad)
d = y.detach()
print(d.retains_grad, d.grad)
with torch.no_grad():
    q = x * 2
print(q.grad, q.retains_grad)
q.retain_grad()
