from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        log.append(int(text))
    finally:
        log.append(f"end {text}")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job, "x")
log.append("failed" if f.exception() is not None else "ok")
print(log)  # ordered
