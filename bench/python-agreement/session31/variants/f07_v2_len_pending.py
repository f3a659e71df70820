# concurrent.futures.wait(FIRST_COMPLETED) in a loop: take the fastest replica answers first, with a timeout
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

REPLICAS = {"eu": 0.004, "us": 0.001, "ap": 0.008}


def query(region):
    time.sleep(REPLICAS[region])
    return region, int(REPLICAS[region] * 1000)


answers = []
rounds = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    pending = {pool.submit(query, r) for r in REPLICAS}
    while len(pending) > 0:
        rounds += 1
        done, pending = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
        for fut in done:
            answers.append(fut.result())
        if rounds > 10:
            break

latency = {region: ms for region, ms in answers}
fastest = min(latency, key=latency.get)
print("latency_ms:", dict(sorted(latency.items())))
print("fastest:", fastest, "answers:", len(answers))
