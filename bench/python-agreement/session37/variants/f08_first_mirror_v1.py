# Download from mirrors: wait(FIRST_COMPLETED) takes the first success, failures are retried, the rest cancelled.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

MIRRORS = {"eu": (0.003, True), "us": (0.001, False), "asia": (0.005, True)}
attempts = []


def download(mirror):
    delay, healthy = MIRRORS[mirror]
    attempts.append(mirror)
    time.sleep(delay)
    if not healthy:
        raise IOError(f"{mirror} broken")
    return f"{mirror}:payload"


winner = None
failed = []
with ThreadPoolExecutor(max_workers=3) as pool:
    pending = {pool.submit(download, m): m for m in ["eu", "us", "asia"]}
    while pending and winner is None:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            mirror = pending.pop(future)
            if future.exception() is None and winner is None:
                winner = future.result()
            elif future.exception() is not None:
                failed.append(mirror)
    for future in pending:
        future.cancel()

print(f"winner={winner} failed={failed} attempts={len(attempts)}")
