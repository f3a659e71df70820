from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        try:
            return int(text)
        except KeyError:
            log.append("wrong handler")
            return 0
    finally:
        log.append("outer finally")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, "x")
    exc = f.exception()
log.append(type(exc).__name__)
print(sorted(log))
