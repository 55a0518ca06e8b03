import torch

print(type(torch.float32), torch.dtype)
print(torch.float32, torch.float64, torch.int64, torch.bool, torch.float16, torch.int32)
x = torch.ones(2)
print(x.dtype.is_floating_point, torch.int64.is_floating_point, torch.bool.is_floating_point)
print(torch.get_default_dtype(), torch.get_default_dtype() is torch.float32)
print(torch.float32 == torch.float, torch.float64 is torch.double, torch.long, torch.half)
for dt in [torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.bool]:
    print(dt, dt.itemsize, dt.is_signed, dt.is_complex, dt.is_floating_point)
print(repr(torch.float32), str(torch.int64), f"{torch.float64}")
print(isinstance(torch.float32, torch.dtype), isinstance(x, torch.dtype))
print(type(x.dtype).__name__, type(x.dtype) is torch.dtype)
d = {torch.float32: "single", torch.float64: "double"}
print(d[x.dtype], d[x.double().dtype])
print(x.to(torch.get_default_dtype()).dtype, torch.zeros(2, dtype=torch.get_default_dtype()))
print(x.long().dtype == torch.int64, x.dtype != torch.int64)
