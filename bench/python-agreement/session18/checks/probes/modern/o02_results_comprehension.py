from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(square, n) for n in range(4)]
    results = [f.result() for f in futures]
total = sum(results)
