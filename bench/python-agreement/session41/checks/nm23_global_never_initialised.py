# check: a counter declared global and incremented, but never initialised at module level (NameError)
import threading

lock = threading.Lock()


def hit():
    global hits
    with lock:
        hits += 1


threads = [threading.Thread(target=hit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
