import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
print(emb)
print(emb.weight)
print(emb.num_embeddings, emb.embedding_dim, emb.padding_idx, emb.max_norm, emb.norm_type, emb.scale_grad_by_freq, emb.sparse)
print(list(emb.state_dict().keys()))

idx = torch.tensor([[0, 2, 4], [2, 2, 1]])
out = emb(idx)
print(out)
print(out.shape, out.grad_fn.name())
(out * torch.arange(18.0).reshape(2, 3, 3)).sum().backward()
print(emb.weight.grad)

pad = nn.Embedding(4, 2, padding_idx=1)
print(pad)
print(pad.weight)
y = pad(torch.tensor([1, 0, 1, 3]))
print(y)
y.sum().backward()
print(pad.weight.grad)
print(nn.Embedding(4, 2, padding_idx=-1).padding_idx)
print(nn.Embedding(5, 3, padding_idx=2, sparse=True, scale_grad_by_freq=True))

pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(pre, pre.weight.requires_grad)
print(pre(torch.tensor([2, 0])))
tuned = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), freeze=False, padding_idx=0)
print(tuned, tuned.weight.requires_grad, tuned.padding_idx)
tuned(torch.tensor([0, 1, 1])).sum().backward()
print(tuned.weight.grad)

w = torch.randn(6, 4, requires_grad=True)
e = F.embedding(torch.tensor([5, 0, 5]), w, padding_idx=0)
print(e)
e.sum().backward()
print(w.grad)
w.grad = None
F.embedding(torch.tensor([1, 1, 3]), w, scale_grad_by_freq=True).sum().backward()
print(w.grad)
print(emb(torch.tensor(3)))
print(emb(torch.tensor([1, 2], dtype=torch.int32)))
print(emb(torch.zeros(1, 0, dtype=torch.long)))

class Bag(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4, padding_idx=0)
        self.out = nn.Linear(4, 2)

    def forward(self, tokens):
        return self.out(self.emb(tokens).mean(dim=1))

torch.manual_seed(1)
model = Bag()
print(model)
print(list(model.state_dict().keys()))
print(model(torch.tensor([[1, 2, 0], [4, 4, 9]])))

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: nn.Embedding(5, 3, padding_idx=5))
show(lambda: nn.Embedding(5, 3, padding_idx=-6))
show(lambda: emb(torch.tensor([5])))
show(lambda: emb(torch.tensor([-1])))
show(lambda: emb(torch.tensor([1.0])))
show(lambda: F.embedding(torch.tensor([1]), torch.ones(2)))
show(lambda: nn.Embedding.from_pretrained(torch.ones(2)))
