"""session25/f02's forms weft takes: a set comprehension of futures, `wait(FIRST_COMPLETED)`, `wait(timeout=)`."""
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

HOSTS = {"eu": 10, "us": 20, "asia": 400}
winner = 0
finished = 0
pending = 0


def probe(host, delay_ms):
    time.sleep(delay_ms / 1000)
    return delay_ms


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(probe, host, delay) for host, delay in HOSTS.items()}
    first, _ = wait(futures, return_when=FIRST_COMPLETED)
    for f in first:
        winner = f.result()
    done, not_done = wait(futures, timeout=0.15)
    for f in done:
        finished += f.result()
    pending = len(not_done)
print(winner, finished, pending)
