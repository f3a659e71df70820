import threading

names = []
lock = threading.Lock()

def add(n):
    with lock:
        names.append(n)

ts = [threading.Thread(target=add, args=(n,)) for n in ("bob", "Alice", "alice", "Bob")]
for t in ts:
    t.start()
for t in ts:
    t.join()
names.sort()
