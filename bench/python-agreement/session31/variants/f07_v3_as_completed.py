# concurrent.futures.wait(FIRST_COMPLETED) in a loop: take the fastest replica answers first, with a timeout
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

REPLICAS = {"eu": 0.004, "us": 0.001, "ap": 0.008}


def query(region):
    time.sleep(REPLICAS[region])
    return region, int(REPLICAS[region] * 1000)


answers = []
rounds = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(query, r) for r in REPLICAS]
    for fut in as_completed(futures, timeout=1.0):
        rounds += 1
        answers.append(fut.result())

latency = {region: ms for region, ms in answers}
fastest = min(latency, key=latency.get)
print("latency_ms:", dict(sorted(latency.items())))
print("fastest:", fastest, "answers:", len(answers))
