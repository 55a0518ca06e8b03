"""The Engine benchmark's loop in PyTorch, for scale.

    /opt/torchenv/bin/python tools/reference/engine_bench.py [steps]

For each optimizer: steps per second of thread CPU time of the seed's `train` epoch (zero_grad, record w1/w2
with item(), sin loss, backward, step) on two 0-d float32 parameters, as
`swift run -c release bench engine [steps]` measures for the Swift engine.
"""
import sys
import time

import torch


def sin_loss_fn(w1, w2):
    return (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
            + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
            + (w1 - w2) ** 2)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}")
    for name in ["SGD", "RMSprop", "Adam", "AdamW", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam"]:
        w1 = torch.tensor(-12.0, requires_grad=True)
        w2 = torch.tensor(10.0, requires_grad=True)
        kwargs = {"lr": 0.01, "momentum": 0.9} if name == "SGD" else {"lr": 0.01}
        opt = getattr(torch.optim, name)([w1, w2], **kwargs)
        start = time.thread_time()
        for _ in range(steps):
            opt.zero_grad()
            w1.item(), w2.item()
            loss = sin_loss_fn(w1, w2)
            loss.backward()
            opt.step()
            loss.item()
        seconds = time.thread_time() - start
        print(f"{name:<9}{steps / seconds:10.0f} steps/s")


if __name__ == "__main__":
    main()
