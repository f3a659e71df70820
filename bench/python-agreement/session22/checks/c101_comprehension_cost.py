import threading

ev = threading.Event()
ready = "unknown"


def crunch():
    values = [i % 97 for i in range(1000)]
    total = 0
    for _ in range(300):
        total += sum([v * v + 1 for v in values if v % 3])
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
