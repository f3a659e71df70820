import threading

ev = threading.Event()
lock = threading.Lock()
cond = threading.Condition()
d = {"k": 1}
texts = []


def worker(n):
    a = ev.wait(0.01)
    texts.append(f"wait {a}")
    b = lock.acquire(blocking=False)
    texts.append(f"acquire {b}")
    c = n > 2
    texts.append(f"cmp {c}")
    e = "k" in d
    texts.append(f"in {e}")
    f = not n
    texts.append(f"not {f}")
    g = ev.is_set()
    texts.append(f"is_set {g}")
    with cond:
        h = cond.wait(0.01)
    texts.append(f"cond {h}")
    texts.append("str " + str(n == 3))


t = threading.Thread(target=worker, args=(3,))
t.start()
t.join()
print(texts)
