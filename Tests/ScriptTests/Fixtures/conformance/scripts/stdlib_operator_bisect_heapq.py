# operator, bisect and heapq as course code uses them: sort keys with itemgetter and
# attrgetter, reduce with operator.mul, a top-k with heapq, a priority queue of tasks,
# percentile buckets with bisect, and the modules' errors.
import bisect
import heapq
import operator
from collections import namedtuple
from functools import reduce

Run = namedtuple("Run", "name loss epochs")
runs = [Run("a", 0.42, 10), Run("b", 0.17, 30), Run("c", 0.42, 5), Run("d", 0.09, 50)]
print(sorted(runs, key=operator.attrgetter("loss", "epochs")))
print(sorted(runs, key=operator.itemgetter(2), reverse=True)[0].name)
pairs = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0, -1), ["abc", "de"])), operator.itemgetter(slice(1, None))([1, 2, 3]))
print(operator.itemgetter(1), operator.attrgetter("a.b", "c"), operator.methodcaller("split", ",", maxsplit=1))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"), operator.methodcaller("upper")("hi"))


class Box:
    def __init__(self, inner):
        self.inner = inner


print(operator.attrgetter("inner.inner")(Box(Box(7))), operator.attrgetter("inner")(Box("s")))
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, [[1], [2], [3]]), reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(operator.add(2, 3), operator.sub(2, 3.5), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.neg(4), operator.pos(-2), operator.abs(-3.5), operator.invert(5), operator.not_([]), operator.truth("x"))
print(operator.lt(1, 2), operator.ge("a", "b"), operator.eq([1], [1]), operator.ne(1, 1.0), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"), operator.concat([1], [2]), operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
xs = [1]
ys = operator.iadd(xs, [2])
print(d, ys, ys is xs, operator.iadd(1, 2), operator.imul("ab", 2), operator.__add__(1, 1), operator.and_(6, 3), operator.xor(6, 3))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.length_hint([1, 2, 3]), operator.matmul.__name__)
for bad in [lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.itemgetter(5)([1]),
            lambda: operator.attrgetter("zz")(1), lambda: operator.add(1, "a"), lambda: operator.index(1.5),
            lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: operator.itemgetter(0)()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 60, 75, 89, 90, 100]])
data = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(data, 2), bisect.bisect_right(data, 2), bisect.bisect(data, 4), bisect.bisect_left(data, 0), bisect.bisect_right(data, 9))
print(bisect.bisect_left(data, 2, 2), bisect.bisect_right(data, 2, 0, 3), bisect.bisect_left(data, 2, hi=1))
bisect.insort(data, 4)
bisect.insort_left(data, 2)
bisect.insort_right(data, 0)
print(data)
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=operator.itemgetter(1))
print(bisect.bisect_left(people, 30, key=operator.itemgetter(1)))
bisect.insort(people, ("dee", 33), key=operator.itemgetter(1))
print(people)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

heap = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, x)
    print(heap)
print([heapq.heappop(heap) for _ in range(3)], heap)
print(heapq.heapreplace(heap, 4), heap, heapq.heappushpop(heap, 1), heapq.heappushpop(heap, 6), heap)
nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(nums)
print(nums)
big = [(i * 7919) % 3001 for i in range(3000)]
heapq.heapify(big)
print(big[:12], big[-5:])
print(heapq.nlargest(3, [4, 1, 9, 9, 2]), heapq.nsmallest(2, runs, key=lambda r: r.loss), heapq.nlargest(2, "hello"))
print(heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(2, {"b": 1, "a": 2}))
tasks = []
for priority, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heapq.heappush(tasks, (priority, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks)[1])
print(order)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
