from concurrent.futures import ThreadPoolExecutor

log = []


def job(texts):
    try:
        return sum([int(t) for t in texts])
    finally:
        log.append("end")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, ["1", "b"])
log.append("failed" if f.exception() is not None else f.result())
print(sorted(log))
