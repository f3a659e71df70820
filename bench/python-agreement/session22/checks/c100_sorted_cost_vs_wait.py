import threading

ev = threading.Event()
ready = "unknown"


def crunch():
    values = [(i * 7919) % 1000 for i in range(1000)]
    best = 0
    for _ in range(500):
        best = max(best, sorted(values, key=lambda v: -v)[0])
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
