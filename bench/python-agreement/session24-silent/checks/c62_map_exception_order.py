from concurrent.futures import ThreadPoolExecutor

got = []


def job(n):
    if n == 2:
        raise ValueError("two")
    return n * 10


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(job, [1, 2, 3]):
            got.append(r)
    except ValueError:
        got.append(-1)
print(got)
