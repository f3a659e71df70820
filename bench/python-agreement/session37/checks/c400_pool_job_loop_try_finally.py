from concurrent.futures import ThreadPoolExecutor

TABLE = {"a": 1, "b": 2}
seen = [0]
log = []


def job(keys):
    total = 0
    for key in keys:
        try:
            total += TABLE[key]
        finally:
            seen[0] += 1
    return total


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, ["a", "zz", "b"])
log.append("failed" if f.exception() is not None else f.result())
log.append(seen[0])
print(log)  # ordered
