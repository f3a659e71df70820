import threading

ev = threading.Event()
ready = "unknown"


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    ev.set()


t = threading.Thread(target=crunch, args=(100_000,))
t.start()
ready = "yes" if ev.wait(0.006) else "no"
t.join()
print(ready)
