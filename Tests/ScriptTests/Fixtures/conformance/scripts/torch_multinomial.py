import torch
p = torch.tensor([0.2, 0.3, 0.5])
for seed in [1, 2]:
    g = torch.Generator().manual_seed(seed)
    print([torch.multinomial(p, 1, generator=g).item() for _ in range(12)])
torch.manual_seed(3)
print([torch.multinomial(p, 1).item() for _ in range(12)])
print(torch.empty(5).exponential_())
print(torch.empty(5, dtype=torch.float64).exponential_(2.5))
g = torch.Generator().manual_seed(3)
print(torch.multinomial(p, 10, replacement=True, generator=g))
print(torch.multinomial(p, 2, generator=g), torch.multinomial(p, 3, generator=g))
P = torch.rand(4, 27, generator=g)
print(torch.multinomial(P, 5, generator=g))
print(torch.multinomial(P, 40, replacement=True, generator=g))
print(torch.multinomial(P.double(), 40, replacement=True, generator=g))
print(torch.multinomial(P.double(), 1, generator=g), P.multinomial(2, generator=g))
print(torch.multinomial(torch.tensor([0.0, 0.0, 1.0]), 4, replacement=True))
w = torch.tensor([[0, 10, 3, 0], [10, 3, 0, 0]], dtype=torch.float)
print(torch.multinomial(w, 2), torch.multinomial(w, 4, replacement=True))
for bad in [lambda: torch.multinomial(p, 4), lambda: torch.multinomial(p, 0), lambda: torch.multinomial(torch.tensor([1, 2]), 1),
            lambda: torch.multinomial(torch.tensor([-1.0, 2.0]), 1), lambda: torch.multinomial(torch.tensor([-1.0, 2.0]), 2, True),
            lambda: torch.multinomial(torch.zeros(3), 1), lambda: torch.multinomial(torch.zeros(3), 2, True),
            lambda: torch.multinomial(torch.ones(2, 2, 2), 1), lambda: torch.empty(3).exponential_(-1), lambda: torch.empty(3, dtype=torch.long).exponential_()]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
