# no bug: slices of a shared list with negative, missing and out-of-range bounds, folded by len, sum,
# min and max after the threads are joined; min of an empty slice is ValueError
# CPython 3.11.7 (10 runs): ok 10 of 10, values [5, 1, 4], tail [1, 4], head [5, 1], total 10
import threading

values = []
lock = threading.Lock()


def add(v):
    with lock:
        values.append(v)


threads = [threading.Thread(target=add, args=(v,)) for v in (5, 1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

tail = sorted(values[-2:])
head = list(values[:-1])
count_after_one = len(values[1:])
total = sum(values[0:3])
largest = max(values[:])
nothing = values[7:]
try:
    lowest = min(values[5:])
except ValueError:
    lowest = -1
print(tail, head, count_after_one, total, largest, nothing, lowest)
assert len(tail) == 2 and len(head) == 2 and count_after_one == 2
assert total == 10 and largest == 5 and lowest == -1
assert nothing == []
