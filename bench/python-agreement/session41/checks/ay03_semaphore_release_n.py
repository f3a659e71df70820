# check: threading.Semaphore.release(n) lets n waiters through
import threading
import time

passed = []
lock = threading.Lock()
gate = threading.Semaphore(0)


def runner(name):
    if gate.acquire(timeout=0.05):
        with lock:
            passed.append(name)


threads = [threading.Thread(target=runner, args=(n,)) for n in "abc"]
for t in threads:
    t.start()
time.sleep(0.005)
gate.release(2)
for t in threads:
    t.join()
print(len(passed))
