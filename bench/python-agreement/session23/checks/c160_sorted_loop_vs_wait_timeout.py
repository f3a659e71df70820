# check: costs of Python work: a worker sorts a 1000-item list 1000 times (about 20 ms in CPython) while main waits 2 ms for it
import threading

ev = threading.Event()
data = []
result = -1


def worker():
    for _ in range(1000):
        x = sorted(data)
    ev.set()


for i in range(1000):
    data.append(1000 - i)
t = threading.Thread(target=worker)
t.start()
ok = ev.wait(0.002)
result = 1 if ok else 0
t.join()
