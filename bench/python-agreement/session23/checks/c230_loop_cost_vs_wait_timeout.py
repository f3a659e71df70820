# check: costs of Python work: a worker sums 100000 numbers in a Python loop (about 3-6 ms in CPython 3.11), main waits 10 ms for it
import threading

ev = threading.Event()
total = 0
result = -1


def worker():
    global total
    s = 0
    for i in range(100000):
        s += i
    total = s
    ev.set()


t = threading.Thread(target=worker)
t.start()
ok = ev.wait(0.01)
result = 1 if ok else 0
t.join()
