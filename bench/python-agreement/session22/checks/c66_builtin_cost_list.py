import threading

ev = threading.Event()
ready = "unknown"
data = []


def crunch(n):
    for i in range(n):
        data.append(n - i)
    for _ in range(20):
        ordered = sorted(data)
        total = sum(ordered)
        found = -1 in data
    ev.set()


t = threading.Thread(target=crunch, args=(1000,))
t.start()
ready = "yes" if ev.wait(0.01) else "no"
t.join()
print(ready)
