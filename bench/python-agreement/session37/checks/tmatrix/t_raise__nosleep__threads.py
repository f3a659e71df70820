"""threads: the failing job (raise) after 0 ms, the other after 0 ms."""
import time
import threading

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            raise ValueError("bad")
        return name
    finally:
        log.append(f"end {name}")


def guarded(name, delay_ms, fails):
    try:
        log.append(job(name, delay_ms, fails))
    except Exception as e:
        log.append(type(e).__name__)


threads = [threading.Thread(target=guarded, args=("bad", 0, True)), threading.Thread(target=guarded, args=("good", 0, False))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
