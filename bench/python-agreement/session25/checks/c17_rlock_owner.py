# check: an RLock held (twice) by one thread cannot be taken by another until fully released
import threading

rlock = threading.RLock()
results = []
held = threading.Event()
release = threading.Event()


def owner():
    with rlock:
        with rlock:
            held.set()
            release.wait()
        results.append("inner released")
    results.append("outer released")


def other():
    held.wait()
    results.append(rlock.acquire(timeout=0.02))
    release.set()
    results.append(rlock.acquire(timeout=1))
    rlock.release()


a = threading.Thread(target=owner)
b = threading.Thread(target=other)
a.start()
b.start()
a.join()
b.join()
count = len(results)
print(results)
