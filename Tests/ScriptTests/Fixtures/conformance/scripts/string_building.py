# building reports with f-strings and join
header = ["epoch", "loss", "lr"]
rows = [[1, 0.912345, 0.1], [2, 0.456789, 0.05], [10, 0.012345, 0.0125]]
print(" | ".join([f"{h:>8}" for h in header]))
print("-" * 32)
for epoch, loss, lr in rows:
    print(f"{epoch:>8} | {loss:>8.4f} | {lr:>8.4g}")
line = ""
for i in range(5):
    line += str(i)
    if i < 4:
        line += ","
print(line)
print(", ".join([str(x) for x in [0.5, 1e-5, 2.0]]))
print("\n".join(["first", "second"]))
csv = "epoch,loss\n1,0.5\n2,0.25"
for record in csv.split("\n")[1:]:
    epoch, loss = record.split(",")
    print(int(epoch) * 10, float(loss) * 2)
