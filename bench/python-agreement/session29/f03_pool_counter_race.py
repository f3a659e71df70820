# BUG: lost update: pool tasks increment a shared counter with a read, a pause and a write
from concurrent.futures import ThreadPoolExecutor
import time

hits = 0


def record_hit(_):
    global hits
    seen = hits
    time.sleep(0.0005)
    hits = seen + 1


with ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(3):
        ex.submit(record_hit, i)

print("hits:", hits)
