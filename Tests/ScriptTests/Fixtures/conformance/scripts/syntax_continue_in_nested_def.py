for batch in range(3):
    def step():
        continue
