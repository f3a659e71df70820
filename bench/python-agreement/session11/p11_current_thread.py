import threading
owner = 0
lock = threading.Lock()
def grab(n):
    global owner
    with lock:
        owner = n
ts = [threading.Thread(target=grab, args=(i,), name=f"t{i}") for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(owner)
