import threading

local = threading.local()
seen = []
lock = threading.Lock()


def worker(n):
    local.value = n
    for _ in range(3):
        local.value += 1
    with lock:
        seen.append(local.value)


threads = [threading.Thread(target=worker, args=(n * 10,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen.sort()
print(seen)
