# output printed before the error is kept
values = [4, 2, 1, 0, 5]
for v in values:
    print(f"10 / {v} = {10 / v:.3f}")
print("never reached")
