from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        return int(text)
    except ValueError:
        log.append("handled in job")
        return -1


with ThreadPoolExecutor(max_workers=1) as pool:
    log.append(pool.submit(job, "x").result())
print(sorted(log, key=str))
