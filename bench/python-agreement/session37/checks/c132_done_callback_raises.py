from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n


def callback(f):
    log.append("callback start")
    value = {"a": 1}[f.result()]
    log.append(value)


with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(job, "zz").add_done_callback(callback)
log.append("main end")
print(sorted(log, key=str))
