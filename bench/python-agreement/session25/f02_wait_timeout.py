import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def probe(host, delay):
    time.sleep(delay)
    return host


hosts = {"eu": 0.01, "us": 0.02, "asia": 0.4}
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(probe, host, delay) for host, delay in hosts.items()}
    first, _ = wait(futures, return_when=FIRST_COMPLETED)
    print("first", [f.result() for f in first])
    done, not_done = wait(futures, timeout=0.15)
    print("done", sorted(f.result() for f in done), "pending", len(not_done))
    for f in not_done:
        print("cancel ok?", f.cancel(), "running", f.running())
print("all finished", all(f.done() for f in futures))
