# flip/fliplr/flipud: one FlipBackward0 node however many dims, the gradient flipped back,
# any dtype, 0-d tensors, empty dims, and torch's errors for repeated or out-of-range dims.
import torch
x = torch.arange(6.).reshape(2, 3).requires_grad_()
y = torch.flip(x, [0, 1])
print(y)
print(y.grad_fn.name(), [type(f).__name__ if f is not None else None for f, _ in y.grad_fn.next_functions])
(y * torch.arange(6.).reshape(2, 3)).sum().backward()
print(x.grad)
print(torch.fliplr(x).grad_fn.name(), torch.flipud(x).grad_fn.name())
print(x.flip(-1), x.flip((0,)), x.flip(dims=[1]))
print(torch.arange(5).flip(0), torch.tensor(3.).flip(0), x.flip([]).grad_fn.name())
cube = torch.arange(24).reshape(2, 3, 4)
print(cube.flip(0, 2), cube[:, 1:].flip([1, -1]), cube.transpose(0, 2).flip(1).shape)
z = torch.randn(3, 4)
print(torch.equal(z.flip(0).flip(0), z), torch.tensor([True, False]).flip(0))
for dims in ([0, 0], [0, -2], [2]):
    try:
        x.flip(dims)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
