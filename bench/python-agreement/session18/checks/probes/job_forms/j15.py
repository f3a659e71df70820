from concurrent.futures import ThreadPoolExecutor


x = 0


def job(n):
    return [n] * n


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, 3)
    x = f.result()
