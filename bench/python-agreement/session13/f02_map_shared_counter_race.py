# Known bug: jobs run by executor.map do `hits += 1` on a global without a lock, so updates can be lost (hits < 40).
from concurrent.futures import ThreadPoolExecutor

hits = 0


def handle(request_id):
    global hits
    for _ in range(10):
        hits += 1
    return request_id


with ThreadPoolExecutor(max_workers=4) as pool:
    handled = list(pool.map(handle, range(4)))
print(f"handled {len(handled)} requests, hits={hits}")
