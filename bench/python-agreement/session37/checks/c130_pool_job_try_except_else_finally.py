from concurrent.futures import ThreadPoolExecutor

log = []


def job(text):
    try:
        value = int(text)
    except ValueError:
        log.append(f"bad {text}")
        value = 0
    else:
        log.append(f"good {text}")
    finally:
        log.append(f"end {text}")
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    total = sum(pool.submit(job, t).result() for t in ("4", "z"))
log.append(total)
print(sorted(log, key=str))
