import random

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("choice empty", random.choice, [])
attempt("randrange empty", random.randrange, 0)
attempt("randrange 5 5", random.randrange, 5, 5)
attempt("randrange step 0", random.randrange, 0, 10, 0)
attempt("randrange empty step", random.randrange, 10, 0, 2)
attempt("randint reversed", random.randint, 10, 1)
attempt("sample too many", random.sample, [1, 2], 3)
attempt("sample set", random.sample, {1: 2}, 1)
attempt("choices both", random.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt("choices weights count", random.choices, "ab", [1])
attempt("choices zero", random.choices, "ab", [0, 0])
attempt("choices k positional", random.choices, "ab", 3)
attempt("getrandbits -1", random.getrandbits, -1)
attempt("seed list", random.seed, [1, 2])
random.seed(3)
random.randrange(3, 3)
