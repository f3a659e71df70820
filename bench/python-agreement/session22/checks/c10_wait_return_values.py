import threading

results = []
ev = threading.Event()
cond = threading.Condition()
lock = threading.Lock()


def worker():
    results.append(ev.wait(0.01))
    with cond:
        results.append(cond.wait(0.01))
    results.append(lock.acquire(timeout=0.01))
    results.append(lock.acquire(blocking=False))


t = threading.Thread(target=worker)
t.start()
t.join()
print(results)
