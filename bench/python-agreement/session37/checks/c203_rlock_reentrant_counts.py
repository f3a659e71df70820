import threading

rlock = threading.RLock()
log = []


def outer(n):
    with rlock:
        inner(n)
        log.append(f"outer {n}")


def inner(n):
    with rlock:
        log.append(f"inner {n}")


threads = [threading.Thread(target=outer, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)  # ordered
