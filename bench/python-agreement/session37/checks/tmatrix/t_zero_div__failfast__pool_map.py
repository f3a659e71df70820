"""pool_map: the failing job (zero_div) after 1 ms, the other after 8 ms."""
import time
from concurrent.futures import ThreadPoolExecutor

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            value = 1 // ZERO[0]
        return name
    finally:
        log.append(f"end {name}")


def run(args):
    return job(*args)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(run, [("good", 8, False), ("bad", 1, True)]):
            log.append(value)
    except Exception as e:
        log.append(type(e).__name__)
print(sorted(log, key=str))
