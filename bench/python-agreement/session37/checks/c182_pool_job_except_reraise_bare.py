from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        return int(text)
    except ValueError:
        log.append("logged")
        raise


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, "x")
    try:
        f.result()
    except ValueError:
        log.append("caller saw")
print(sorted(log))
