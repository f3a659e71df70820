"""pool_map: the failing job (int_text) after 8 ms, the other after 1 ms."""
import time
from concurrent.futures import ThreadPoolExecutor

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


def run(args):
    return job(*args)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(run, [("good", 1, False), ("bad", 8, True)]):
            log.append(value)
    except Exception as e:
        log.append(type(e).__name__)
print(sorted(log, key=str))
