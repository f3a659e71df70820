import threading

log = []
lock = threading.Lock()
total = 0


def work(ident):
    global total
    with lock:
        total += ident
        log.append((ident, total))


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(seen >= ident for ident, seen in log))
print(any(seen == 3 for _, seen in log))
assert all(seen <= 3 for _, seen in log), log
