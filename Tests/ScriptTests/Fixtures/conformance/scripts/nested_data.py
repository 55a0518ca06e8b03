# records in lists of dicts, as a training log
history = []
for epoch in range(1, 6):
    loss = 1.0 / epoch
    history.append({"epoch": epoch, "loss": loss, "improved": epoch > 1})
print(history[0])
print(history[-1])
print([h["loss"] for h in history])
best = min(history, key=lambda h: h["loss"])
print(f"best epoch {best['epoch']} with loss {best['loss']:.4f}")
by_epoch = dict([(h["epoch"], h["loss"]) for h in history])
print(by_epoch)
table = [["name", "lr"], ["sgd", 0.1], ["adam", 0.001]]
for name, lr in table[1:]:
    print(f"{name:<6}{lr:>8}")
summary = {"runs": len(history), "final": history[-1]["loss"], "losses": [round(h["loss"], 3) for h in history]}
print(summary)
