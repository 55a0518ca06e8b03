# f-strings with int format specs
n = 7
big = 1234567
neg = -42
print(f"{n:2d}|{n:3}|{n:<3}|{n:^5}|")
print(f"{n:05d} {neg:05d} {neg:+d} {n:+d} {n: d}")
print(f"{big:,} {big:_} {neg:,}")
print(f"{255:x} {255:X} {255:#x} {255:#X} {255:o} {255:#o} {5:b} {5:#b}")
print(f"{5:08b} {255:#010x} {65535:_x} {1234:010,}")
print(f"{65:c}{66:c}{67:c}")
print(f"{n:.2f} {big:e} {n:%} {big:g}")
print(f"{n:n} {big:n}")
print(f"{0:d} {-0:d} {2**62:d}")
print(f"{9223372036854775807:,}")
print(f"{-9223372036854775807 - 1}")
for i in range(1, 12, 3):
    print(f"Epoch {i:3d}/{10:d}: {i * 1.5:8.3f}")
