def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []

gen = batches(range(10), 3)
print(next(gen))
gen.throw(ValueError("bad batch size"))
