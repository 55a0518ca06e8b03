# PyTorch ImageNet-example meters: format strings built at run time, __dict__ formatting
import math
import random


class AverageMeter:
    """Computes and stores the average and current value"""
    def __init__(self, name, fmt=':f'):
        self.name = name
        self.fmt = fmt
        self.reset()

    def reset(self):
        self.val = 0
        self.avg = 0
        self.sum = 0
        self.count = 0

    def update(self, val, n=1):
        self.val = val
        self.sum += val * n
        self.count += n
        self.avg = self.sum / self.count

    def __str__(self):
        fmtstr = '{name} {val' + self.fmt + '} ({avg' + self.fmt + '})'
        return fmtstr.format(**self.__dict__)


class ProgressMeter:
    def __init__(self, num_batches, meters, prefix=""):
        self.batch_fmtstr = self._get_batch_fmtstr(num_batches)
        self.meters = meters
        self.prefix = prefix

    def display(self, batch):
        entries = [self.prefix + self.batch_fmtstr.format(batch)]
        entries += [str(meter) for meter in self.meters]
        print('\t'.join(entries))

    def _get_batch_fmtstr(self, num_batches):
        num_digits = len(str(num_batches // 1))
        fmt = '{:' + str(num_digits) + 'd}'
        return '[' + fmt + '/' + fmt.format(num_batches) + ']'


def accuracy(scores, targets, topk=(1,)):
    res = []
    for k in topk:
        correct = 0
        for s, t in zip(scores, targets):
            top = sorted(range(len(s)), key=lambda i: (-s[i], i))[:k]
            correct += t in top
        res.append(100.0 * correct / len(targets))
    return res


rng = random.Random(7)
losses = AverageMeter('Loss', ':.4e')
top1 = AverageMeter('Acc@1', ':6.2f')
top5 = AverageMeter('Acc@5', ':6.2f')
batch_time = AverageMeter('Time', ':6.3f')
progress = ProgressMeter(12, [batch_time, losses, top1, top5], prefix="Epoch: [{}]".format(3))
for i in range(12):
    scores = [[rng.random() for _ in range(10)] for _ in range(8)]
    targets = [rng.randrange(10) for _ in range(8)]
    loss = -math.log(sum(s[t] for s, t in zip(scores, targets)) / sum(map(sum, scores)))
    acc1, acc5 = accuracy(scores, targets, topk=(1, 5))
    losses.update(loss, len(targets))
    top1.update(acc1, len(targets))
    top5.update(acc5, len(targets))
    batch_time.update(0.125 * (i % 3 + 1))
    if i % 4 == 0 or i == 11:
        progress.display(i)
print(' * Acc@1 {top1.avg:.3f} Acc@5 {top5.avg:.3f}'.format(top1=top1, top5=top5))
print(vars(losses).keys(), sorted(vars(top1)))
m = AverageMeter('plain')
m.update(3)
m.update(4, n=3)
print(m, str(m).split(), repr(m.avg))


class History(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

    def log(self, **metrics):
        for k, v in metrics.items():
            self[k].append(v)

    def best(self, key, mode="min"):
        vals = self[key]
        fn = min if mode == "min" else max
        idx = vals.index(fn(vals))
        return idx, vals[idx]

h = History()
for epoch, (l, a) in enumerate([(0.9, 0.5), (0.7, 0.6), (0.75, 0.65), (0.6, 0.62)]):
    h.log(loss=l, acc=a, epoch=epoch)
print(h, h.best("loss"), h.best("acc", mode="max"), isinstance(h, dict), len(h))
print("{:>5} {:>8} {:>8}".format("epoch", "loss", "acc"))
for row in zip(h["epoch"], h["loss"], h["acc"]):
    print("{:>5d} {:>8.3f} {:>8.1%}".format(*row))
print(h.get("missing"), "missing" in h, h["missing"], "missing" in h)
