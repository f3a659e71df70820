# "First success wins": mirrors are tried in parallel; failures are skipped; the first good result ends
# the loop; the rest are cancelled (those not started) and the pool's exit waits for the running ones.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

log = []
MIRRORS = {"m1": (0.01, False), "m2": (0.002, True), "m3": (0.02, False), "m4": (0.03, False)}


def download(mirror):
    delay, broken = MIRRORS[mirror]
    time.sleep(delay)
    if broken:
        raise ConnectionError(mirror)
    return mirror


winner = None
failures = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(download, m) for m in MIRRORS]
    for future in as_completed(futures):
        try:
            winner = future.result()
            break
        except ConnectionError:
            failures += 1
    cancelled = sum(1 for f in futures if f.cancel())
log.append(winner)
log.append(failures)
log.append(cancelled)
print(log)
