from concurrent.futures import ThreadPoolExecutor


def crunch(n):
    acc = 0
    for i in range(n):
        acc ^= i * 31
    return acc


def task(n):
    return crunch(n)  # weft: cpu 15ms


with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(task, [80000] * 4))
print(len(values))
