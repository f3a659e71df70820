from concurrent.futures import ThreadPoolExecutor

total = 0

def job(n):
    return n + 1

with ThreadPoolExecutor(max_workers=2) as ex:
    futures = []
    for n in range(4):
        futures.append(ex.submit(job, n))
    for f in futures:
        total += f.result()
