import threading

local = threading.local()
log = []


def worker(name):
    local.name = name
    local.count = 0
    for _ in range(2):
        local.count += 1
    log.append(f"{local.name}:{local.count}")


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
