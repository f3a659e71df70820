from concurrent.futures import ThreadPoolExecutor, wait

stats = {"started": 0, "finished": 0}
log = []


def job(n):
    stats["started"] += 1
    try:
        return 10 // n
    finally:
        stats["finished"] += 1


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, n) for n in (2, 0)]
    wait(futures)
log.append(stats["started"])
log.append(stats["finished"])
print(log)  # ordered
