from concurrent.futures import ThreadPoolExecutor


def job(record):
    record["seen"] = True
    return len(record)


records = [{"id": 1}, {"id": 2}]
with ThreadPoolExecutor(max_workers=1) as pool:
    sizes = list(pool.map(job, records))
log = [sizes[0], sizes[1], len(records[0])]
print(log)  # ordered
