# Fishing quota: boats submit catches to a pool; each job checks the remaining quota and then subtracts. Bug: check-then-act without a lock (quota can go negative).
import time
from concurrent.futures import ThreadPoolExecutor

quota = {"cod": 10, "hake": 6}
landed = []
refused = []


def land(boat, species, tons):
    if quota[species] >= tons:
        time.sleep(0.001)  # weigh the catch
        quota[species] -= tons
        landed.append(boat)
        return True
    refused.append(boat)
    return False


catches = [("aria", "cod", 6), ("brisa", "cod", 5), ("cora", "hake", 4)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(land, *c) for c in catches]
    accepted = sum(f.result() for f in futures)

landed.sort()
refused.sort()
negative = any(v < 0 for v in quota.values())
print(f"quota={quota} accepted={accepted} landed={landed} refused={refused} negative={negative}")
