"""Threads started and joined by list comprehensions used as statements (`[t.start() for t in ts]`),
an idiom of teaching material: the unlocked `count += 1` of three threads loses updates."""
import threading

count = 0


def bump():
    global count
    value = count
    count = value + 1


ts = [threading.Thread(target=bump) for _ in range(3)]
[t.start() for t in ts]
[t.join() for t in ts]
print(count)
