import threading
lock = threading.Lock()
count = 0
N = 5
def worker():
    global count
    while True:
        with lock:
            if count >= N:
                break
            count += 1
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
assert count == N
print(count)
