import threading, time
pool = threading.BoundedSemaphore(2)
active = 0
max_active = 0
lock = threading.Lock()
def use():
    global active, max_active
    pool.acquire()
    try:
        with lock:
            active += 1
            if active > max_active:
                max_active = active
        time.sleep(0.01)
        with lock:
            active -= 1
    finally:
        pool.release()
ts = [threading.Thread(target=use) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(max_active)
