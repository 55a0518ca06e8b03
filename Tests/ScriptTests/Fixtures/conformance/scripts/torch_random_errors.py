import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.randint(5, 5, (2,)))
show(lambda: torch.randn(-1))
show(lambda: torch.randperm(-3))
show(lambda: torch.zeros(3).normal_(0, -1))
show(lambda: torch.zeros(3).uniform_(2, 1))
show(lambda: torch.zeros(3).bernoulli_(1.5))
show(lambda: torch.rand(2, dtype=torch.int64))
show(lambda: torch.manual_seed(2**64))
show(lambda: torch.manual_seed("a"))
w = torch.zeros(3, requires_grad=True)
show(lambda: w.normal_())
show(lambda: torch.randn(3, generator=3))
torch.randint(3, 1, (2,))
