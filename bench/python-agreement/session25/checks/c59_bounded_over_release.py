# check: releasing a BoundedSemaphore more than acquired raises ValueError; a plain Semaphore grows
import threading

results = []


def misuse():
    bounded = threading.BoundedSemaphore(1)
    plain = threading.Semaphore(1)
    plain.release()
    results.append(plain.acquire(blocking=False))
    results.append(plain.acquire(blocking=False))
    results.append(plain.acquire(blocking=False))
    try:
        bounded.release()
        results.append("released")
    except ValueError:
        results.append("too many releases")


t = threading.Thread(target=misuse)
t.start()
t.join()
print(results)
