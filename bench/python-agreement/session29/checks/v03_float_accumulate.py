import threading

total = 0.0
lock = threading.Lock()


def add_tenths(n):
    global total
    for _ in range(n):
        with lock:
            total += 0.1


ts = [threading.Thread(target=add_tenths, args=(5,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
is_one = 1 if total == 1.0 else 0
scaled = int(total * 1000)
print(total, is_one, scaled)
