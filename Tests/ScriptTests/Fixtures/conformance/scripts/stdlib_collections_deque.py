from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen, deque(maxlen=2), deque("abc"))
w = deque([1, 2, 3], maxlen=3)
w.appendleft(0)
print(w)
d2 = deque([3, 1, 2])
d2.remove(1)
d2.reverse()
print(d2, d2.count(3), d2.index(2), 3 in d2, bool(deque()), bool(d2), d2 == deque([2, 3]))
d2[0] = 9
del d2[1]
d2.insert(0, 5)
print(d2, d2.copy(), deque([1]) + deque([2]))
d2.clear()
print(d2)
queue = deque([(0, "start")])
seen = []
while queue:
    dist, node = queue.popleft()
    seen.append(node)
    if dist < 2:
        queue.append((dist + 1, node + "L"))
        queue.append((dist + 1, node + "R"))
print(seen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
deque().popleft()
