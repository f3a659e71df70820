import threading

lock = threading.Lock()
errors = []
count = 0


def worker():
    global count
    lock.acquire()
    count += 1
    lock.release()
    try:
        lock.release()
    except RuntimeError:
        errors.append("double release")


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count, len(errors))
