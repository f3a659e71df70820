import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
total = 0
x = 100
summary = []


def work(n):
    global total
    with lock:
        total += n
    return n * 2


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(work, range(4)))
    # the comprehension's x is its own: the global x stays 100
    doubled = [x + 1 for x in results]
    for value in doubled:
        summary.append(value)
    if not all(r % 2 == 0 for r in results):
        raise RuntimeError("odd result")
    print(any(r > 5 for r in results), x)


main()
print(x, total, summary)
