import warnings

warnings.simplefilter("error")


def check(x):
    if x < 0:
        warnings.warn("negative input", UserWarning)
    return x


print(check(1))
check(-1)
