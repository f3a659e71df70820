# variant of timing/tm04_pool_cpu.py: tm04v with the annotation on an assignment (past the doubled cost of repro/r07)
from concurrent.futures import ThreadPoolExecutor


def crunch(n):
    acc = 0
    for i in range(n):
        acc += i * 31
    return acc


def task(n):
    value = crunch(n)  # weft: cpu 15ms
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(task, [80000] * 4))
print(len(values))
