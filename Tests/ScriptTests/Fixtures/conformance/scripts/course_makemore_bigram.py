import torch
import torch.nn.functional as F
words = ["emma", "olivia", "ava", "isabella", "sophia", "charlotte", "mia", "amelia"]
print(len(words), min(len(w) for w in words), max(len(w) for w in words))
chars = sorted(list(set("abcdefghijklmnopqrstuvwxyz")))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
print(itos)
N = torch.zeros((27, 27), dtype=torch.int32)
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        ix1 = stoi[ch1]
        ix2 = stoi[ch2]
        N[ix1, ix2] += 1
print(N[0], N.sum())
p = N[0].float()
p = p / p.sum()
print(p)
g = torch.Generator().manual_seed(2147483647)
p2 = torch.rand(3, generator=g)
p2 = p2 / p2.sum()
print(p2)
print(torch.multinomial(p2, num_samples=100, replacement=True, generator=g))
P = (N + 1).float()
P /= P.sum(1, keepdims=True)
print(P.shape, P[0].sum())
g = torch.Generator().manual_seed(2147483647)
for i in range(5):
    out = []
    ix = 0
    while True:
        p = P[ix]
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(itos[ix])
        if ix == 0:
            break
    print(''.join(out))
log_likelihood = 0.0
n = 0
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        prob = P[stoi[ch1], stoi[ch2]]
        logprob = torch.log(prob)
        log_likelihood += logprob
        n += 1
print(f'{log_likelihood=}')
nll = -log_likelihood
print(f'{nll=}')
print(f'{nll/n}')
xs, ys = [], []
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        xs.append(stoi[ch1]); ys.append(stoi[ch2])
xs = torch.tensor(xs); ys = torch.tensor(ys)
num = xs.nelement()
print('number of examples: ', num)
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g, requires_grad=True)
for k in range(20):
    xenc = F.one_hot(xs, num_classes=27).float()
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdims=True)
    loss = -probs[torch.arange(num), ys].log().mean() + 0.01*(W**2).mean()
    if k % 5 == 0:
        print(loss.item())
    W.grad = None
    loss.backward()
    W.data += -50 * W.grad
C = torch.randn((27, 2), generator=g)
emb = C[xs[:5]]
print(emb.shape, emb)
block_size = 3
X = torch.randint(0, 27, (6, block_size), generator=g)
emb = C[X]
print(emb.shape, emb.view(-1, 6).shape, torch.cat(torch.unbind(emb, 1), 1).shape)
h = torch.tanh(emb.view(-1, 6) @ torch.randn(6, 10, generator=g))
print(h.shape)
logits = h @ torch.randn(10, 27, generator=g)
print(F.cross_entropy(logits, torch.randint(0, 27, (6,), generator=g)))
ix = torch.randint(0, X.shape[0], (4,))
print(ix.shape)
lre = torch.linspace(-3, 0, 10)
lrs = 10**lre
print(lrs)
