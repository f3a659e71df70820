from concurrent.futures import ThreadPoolExecutor


x = 0


def job(n):
    total = 0
    for i in range(n):
        total += i
    return total


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, 5)
    x = f.result()
