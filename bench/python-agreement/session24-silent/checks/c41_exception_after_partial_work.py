import threading

log = []
lock = threading.Lock()


def work(n):
    with lock:
        log.append(n)
        if n == 2:
            raise RuntimeError("stop")
        log.append(n * 10)


threads = [threading.Thread(target=work, args=(n,)) for n in [1, 2, 3]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
