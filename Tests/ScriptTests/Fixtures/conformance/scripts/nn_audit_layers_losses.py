import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 5)
for layer in [nn.ReLU(), nn.LeakyReLU(), nn.LeakyReLU(0.2), nn.Sigmoid(), nn.Tanh(), nn.GELU(), nn.GELU(approximate="tanh"),
              nn.Softmax(dim=1), nn.LogSoftmax(dim=-1), nn.Identity(), nn.Flatten(), nn.Flatten(0), nn.Dropout(), nn.Dropout(p=0.3)]:
    print(layer, layer(x)[0])
print(nn.Linear(3, 2, bias=False), nn.Linear(3, 2).bias.shape)
print(nn.Flatten()(torch.ones(2, 3, 4)).shape)
pred = torch.randn(6)
target = torch.randn(6)
for red in ["mean", "sum", "none"]:
    print(red)
    print(nn.MSELoss(reduction=red)(pred, target), nn.L1Loss(reduction=red)(pred, target))
    print(nn.HuberLoss(reduction=red, delta=0.5)(pred, target), nn.SmoothL1Loss(reduction=red)(pred, target))
    p = torch.sigmoid(pred)
    y = (target > 0).float()
    print(nn.BCELoss(reduction=red)(p, y), nn.BCEWithLogitsLoss(reduction=red)(pred, y))
    print(nn.BCEWithLogitsLoss(reduction=red, pos_weight=torch.tensor(3.0))(pred, y))
    logits = torch.randn(6, 3)
    labels = torch.tensor([0, 2, 1, 1, 0, 2])
    print(nn.CrossEntropyLoss(reduction=red)(logits, labels), nn.NLLLoss(reduction=red)(F.log_softmax(logits, 1), labels))
    probs = torch.softmax(torch.randn(6, 3), dim=1)
    print(nn.CrossEntropyLoss(reduction=red)(logits, probs))
    print(nn.CrossEntropyLoss(reduction=red, label_smoothing=0.1)(logits, labels))
    print(nn.CrossEntropyLoss(reduction=red, label_smoothing=0.2)(logits, probs))
    print(nn.CrossEntropyLoss(reduction=red, weight=torch.tensor([1.0, 2.0, 0.5]), label_smoothing=0.1)(logits, labels))
print(nn.CrossEntropyLoss(label_smoothing=0.1), nn.BCEWithLogitsLoss(pos_weight=torch.ones(2)), nn.MSELoss(reduction="sum"))
print(F.mse_loss(pred, target, reduction="sum"), F.cross_entropy(torch.randn(3, 4), torch.tensor([3, 0, 1]), label_smoothing=0.05))
print(F.binary_cross_entropy_with_logits(pred, (target > 0).float(), pos_weight=torch.tensor(2.0)))
w = torch.randn(4, 3, requires_grad=True)
loss = nn.CrossEntropyLoss(label_smoothing=0.1)(w * 2, torch.tensor([0, 1, 2, 1]))
loss.backward()
print(loss, w.grad)
q = torch.randn(5, 3, requires_grad=True)
nn.CrossEntropyLoss()(q, torch.softmax(torch.randn(5, 3), 1)).backward()
print(q.grad)
q.grad = None
nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0]))(q, torch.ones(5, 3)).backward()
print(q.grad)
