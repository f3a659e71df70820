import threading

log = []


def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    finally:
        log.append(f"cleanup {n}")


def worker(n):
    try:
        log.append(risky(n))
    except ValueError:
        log.append("value error")


threads = [threading.Thread(target=worker, args=(n,)) for n in (0, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
