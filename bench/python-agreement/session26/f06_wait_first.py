import time
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor, wait


def mirror(name: str, delay_ms: int, fail: bool = False) -> str:
    time.sleep(delay_ms / 1000)
    if fail:
        raise ConnectionError(name)
    return name


winner = ""
failures = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(mirror, "eu", 40), pool.submit(mirror, "us", 10), pool.submit(mirror, "ap", 60)]
    done, not_done = wait(futs, return_when=FIRST_COMPLETED)
    winner = next(iter(done)).result()
    first_done = len(done)

    checks = [pool.submit(mirror, "x", 5, fail=True), pool.submit(mirror, "y", 200)]
    done2, pending2 = wait(checks, return_when=FIRST_EXCEPTION)
    failures = sum(1 for f in done2 if f.exception() is not None)
    still_pending = len(pending2)

print(f"winner={winner} first_done={first_done} failures={failures} pending={still_pending}")
assert winner == "us"
