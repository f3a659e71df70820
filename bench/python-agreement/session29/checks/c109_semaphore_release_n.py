import threading

gate = threading.Semaphore(0)
passed = 0
lock = threading.Lock()


def runner():
    global passed
    if gate.acquire(timeout=0.2):
        with lock:
            passed += 1


ts = [threading.Thread(target=runner) for _ in range(3)]
for t in ts:
    t.start()
gate.release(2)
for t in ts:
    t.join()
print(passed)
