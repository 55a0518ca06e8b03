import torch
torch.manual_seed(0)
a = torch.randn(37); b = torch.randn(37)
print([repr(v) for v in a.add(b, alpha=0.1).tolist()[:6]])
print([repr(v) for v in a.sub(b, alpha=1/3).tolist()[:6]])
print([repr(v) for v in torch.add(a, b, alpha=0.7).tolist()[30:]])
h = a.half(); hb = b.half()
print(h.add(hb, alpha=0.1)[:6])
p = torch.nn.Parameter(torch.randn(3))
print(p._base, p.data._base)
v = p[1:]
print(v._base)
w = torch.nn.Parameter(torch.randn(3).half())
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(3):
    opt.zero_grad(); (w.float() ** 2).sum().backward(); opt.step()
print(w)
w2 = torch.nn.Parameter(torch.randn(3).half())
opt = torch.optim.SGD([w2], lr=0.1, momentum=0.9, weight_decay=0.01)
for _ in range(3):
    opt.zero_grad(); (w2.float() ** 2).sum().backward(); opt.step()
print(w2)
for name, make in [("Adagrad", lambda ps: torch.optim.Adagrad(ps, lr=0.1)), ("RMSprop", lambda ps: torch.optim.RMSprop(ps, lr=0.01)),
                   ("AdamW", lambda ps: torch.optim.AdamW(ps, lr=0.1)), ("SGD", lambda ps: torch.optim.SGD(ps, lr=0.1, nesterov=True, momentum=0.5))]:
    torch.manual_seed(1)
    w3 = torch.nn.Parameter(torch.randn(40).half())
    opt = make([w3])
    for _ in range(4):
        opt.zero_grad(); (w3.float() ** 3).sum().backward(); opt.step()
    print(name, w3[:6], w3.dtype)
