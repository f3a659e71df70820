import threading

log = []


def job(text):
    try:
        log.append(int(text))
    finally:
        log.append(f"end {text}")


threads = [threading.Thread(target=job, args=(t,)) for t in ("1", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
