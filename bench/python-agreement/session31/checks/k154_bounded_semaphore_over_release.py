# BUG (caught): releasing a threading.BoundedSemaphore more often than acquired raises ValueError
import threading

sem = threading.BoundedSemaphore(1)
errors = []


def worker():
    with sem:
        pass
    try:
        sem.release()  # one release too many
    except ValueError:
        errors.append("over-release")


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors)
