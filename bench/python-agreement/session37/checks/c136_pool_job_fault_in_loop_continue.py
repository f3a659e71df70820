from concurrent.futures import ThreadPoolExecutor

log = []


def job(texts):
    total = 0
    for t in texts:
        try:
            total += int(t)
        except ValueError:
            log.append(f"skip {t}")
            continue
        finally:
            log.append(f"seen {t}")
    return total


with ThreadPoolExecutor(max_workers=1) as pool:
    log.append(pool.submit(job, ["1", "x", "2"]).result())
print(sorted(log, key=str))
