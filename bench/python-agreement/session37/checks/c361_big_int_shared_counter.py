import threading

total = {"n": 9223372036854775800}
lock = threading.Lock()


def add(k):
    with lock:
        total["n"] += k


threads = [threading.Thread(target=add, args=(k,)) for k in (5, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log = []
log.append(total["n"])
log.append(total["n"] > 9223372036854775807)
print(log)  # ordered
