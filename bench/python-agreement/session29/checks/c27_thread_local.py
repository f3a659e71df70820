import threading

local = threading.local()
sums = [0, 0]


def worker(slot):
    local.total = 0
    for i in range(slot + 2):
        local.total += i
    sums[slot] = local.total


ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sums)
