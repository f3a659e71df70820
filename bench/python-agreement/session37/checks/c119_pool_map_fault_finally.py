from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        return int(text)
    finally:
        log.append(f"end {text}")


with ThreadPoolExecutor(max_workers=1) as pool:
    try:
        for v in pool.map(job, ["1", "x"]):
            log.append(v)
    except ValueError:
        log.append("ValueError")
print(sorted(log, key=str))
