"""threads: the failing job (int_text) after 1 ms, the other after 8 ms."""
import time
import threading

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            value = int("x" + name)
        return name
    finally:
        log.append(f"end {name}")


def guarded(name, delay_ms, fails):
    try:
        log.append(job(name, delay_ms, fails))
    except Exception as e:
        log.append(type(e).__name__)


threads = [threading.Thread(target=guarded, args=("bad", 1, True)), threading.Thread(target=guarded, args=("good", 8, False))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
