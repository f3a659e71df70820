import threading

lock = threading.Lock()
log = []


def check(name):
    with lock:
        log.append(f"{name}:{lock.locked()}")
    log.append(f"{name} out")


threads = [threading.Thread(target=check, args=(n,)) for n in ("x", "y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(f"main:{lock.locked()}")
print(sorted(log))
