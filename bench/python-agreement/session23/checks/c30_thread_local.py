# check: threading.local gives each thread its own attribute
import threading

local = threading.local()
seen = [0, 0, 0]


def work(i):
    local.value = i * 10
    for _ in range(3):
        local.value += 1
    seen[i] = local.value


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
