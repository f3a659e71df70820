from concurrent.futures import ThreadPoolExecutor

x = 0


def job(n):
    return {"n": n, "sq": n * n}


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(job, n) for n in range(3)]
x = 0
for f in futures:
    x += f.result()["sq"]
