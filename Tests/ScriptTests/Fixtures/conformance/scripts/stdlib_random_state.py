import random

random.seed(42)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:3])
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again, first)

# Mid-stream state, with a cached Gaussian.
random.seed(7)
random.gauss(0, 1)
s = random.getstate()
print(s[1][-1], s[2])
a = (random.gauss(0, 1), random.randint(1, 100), random.choice("abcdef"))
random.setstate(s)
b = (random.gauss(0, 1), random.randint(1, 100), random.choice("abcdef"))
print(a == b, a)

# Right after seeding, and after exactly 624 words.
random.seed(3)
print(random.getstate()[1][-1])
random.getrandbits(32 * 624)
print(random.getstate()[1][-1])
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random(), x)

# Instances keep their own state.
r = random.Random(5)
t = r.getstate()
r.random()
random.setstate(t)
r.setstate(t)
print(random.random() == r.random())

for bad in [(2, (), None), (4, (), None), (3, (1, 2), None), (3, tuple([0] * 624 + [625]), None), (3, [0] * 625, None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.setstate((3, tuple(range(625))))
except ValueError as e:
    print(type(e).__name__, e)
