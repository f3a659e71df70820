# The same forms with values that suit them: nothing raises (weft must not fault either).
import queue
import threading

q = queue.Queue()
names = {}
total = 0
got = []


def writer():
    global total
    names["a"] = "xy"
    total = 7


def worker():
    n, m, s = q.get()
    xs = q.get()
    print(n + m, s + s, 1 < n, len(s), max(n, m), -n, sum([n, m]))
    print(s.split(","), min([x for x in xs if x > 1]), "{}-{}".format(n, s))
    print(names["a"][1], f"{total:d}", [f"{x:03d}" for x in xs])
    got.append(1)


t = threading.Thread(target=writer)
t.start()
t.join()
q.put((3, 4, "a,b"))
q.put((1, 2, 3))
w = threading.Thread(target=worker)
w.start()
w.join()
print(got)
