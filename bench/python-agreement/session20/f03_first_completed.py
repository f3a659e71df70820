"""Hedged requests: ask three replicas, take the first answer, cancel the rest."""
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

REPLICAS = {"eu": 0.005, "us": 0.05, "ap": 0.08}

answer = ""
cancelled = 0
not_done_count = 0


def ask(replica):
    time.sleep(REPLICAS[replica])
    return f"value-from-{replica}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(ask, r) for r in REPLICAS]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        not_done_count = len(not_done)
        answer = next(iter(done)).result()
        for f in not_done:
            if f.cancel():
                cancelled += 1
    assert answer == "value-from-eu"
    print(answer, cancelled)
