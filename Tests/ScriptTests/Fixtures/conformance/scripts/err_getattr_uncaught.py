# An AttributeError raised by __getattr__, uncaught.
class Config:
    def __init__(self):
        self.learning_rate = 0.1

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


cfg = Config()
print(cfg.learning_rate)
print(cfg.learning_rat)
