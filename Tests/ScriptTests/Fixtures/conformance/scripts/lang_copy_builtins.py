# copy.copy and copy.deepcopy on builtins, shared references, cycles and user classes.
import copy
from collections import defaultdict, Counter, OrderedDict, deque

config = {"layers": [64, 32], "opt": {"lr": 0.1, "betas": (0.9, 0.999)}, "name": "mlp"}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["layers"].append(16)
deep["opt"]["lr"] = 0.5
print(config)
print(shallow is config, shallow == config, shallow["layers"] is config["layers"])
print(deep, deep["layers"] is config["layers"], deep["opt"]["betas"] is config["opt"]["betas"])
for v in [1, 2.5, "s", None, True, (1, 2), frozenset({1}), range(3), len, print, int, 10**30, ...]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = ([1], 2)
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t)[0] is t[0], copy.copy(t) is t)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc, pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
d = {"self": None}
d["self"] = d
dc = copy.deepcopy(d)
print(dc, dc["self"] is dc)
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({(1, 2), (3, 4)}) == {(1, 2), (3, 4)})
dd = defaultdict(list, {"a": [1]})
ddc = copy.deepcopy(dd)
ddc["b"].append(2)
print(ddc, dd, type(ddc).__name__, ddc.default_factory)
cnt = Counter("hello")
print(copy.copy(cnt), copy.deepcopy(cnt) == cnt, type(copy.copy(cnt)).__name__)
od = OrderedDict([("b", [1]), ("a", [2])])
odc = copy.deepcopy(od)
odc["b"].append(9)
print(odc, od)
dq = deque([[1], [2]], maxlen=3)
dqc = copy.deepcopy(dq)
dqc[0].append(5)
print(dqc, dq, copy.copy(dq).maxlen)
memo = {}
a = [1, [2]]
b = copy.deepcopy(a, memo)
print(b, id(a) in memo, memo[id(a)] is b, len(memo) >= 2)


class Point:
    def __init__(self, x, y):
        print("init called")
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2, 3])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p2.y.append(4)
print(p, p2, p3, p2 is p, p2.y is p.y, p3.y is p.y, type(p3).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s1 = Slotted()
s2 = copy.deepcopy(s1)
s2.a.append(2)
print(s1.a, s2.a, hasattr(s2, "b"))


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__")
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        result = Tracked(copy.deepcopy(self.items, memo))
        memo[id(self)] = result
        return result


tr = Tracked([1, [2]])
print(copy.copy(tr).items is tr.items, copy.deepcopy(tr).items == tr.items)
print(copy.deepcopy([tr, tr])[0].items)


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = {"big": list(range(3))}

    def __getstate__(self):
        print("getstate")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = {}


st = copy.deepcopy(Stateful())
print(vars(st))


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
leaf = root.add(Node("leaf"))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is leaf, root2.children[0].value)


class MyList(list):
    pass


ml = MyList([[1], [2]])
ml.tag = "t"
mlc = copy.deepcopy(ml)
mlc[0].append(3)
print(ml, mlc, type(mlc).__name__, mlc.tag)


class BadError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


err = ValueError("bad value", 3)
print(repr(copy.copy(err)), repr(copy.deepcopy(err)), copy.copy(err) is err)
history = {"best": None, "losses": []}
for epoch, loss in enumerate([0.9, 0.5, 0.7]):
    history["losses"].append(loss)
    if history["best"] is None or loss < history["best"]["loss"]:
        history["best"] = copy.deepcopy({"epoch": epoch, "loss": loss, "losses": history["losses"]})
print(history)


def gen():
    yield 1


try:
    copy.deepcopy(gen())
except TypeError as e:
    print("TypeError:", e)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
copy.deepcopy(BadError(7))
