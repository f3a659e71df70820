# CPython 3.11.7, 10 runs: fault (ValueError from f.result() inside print) 10 of 10; weft before session
# 20's end: ok under "complete" (the print's argument was only read: the wait and the raise were lost).
from concurrent.futures import ThreadPoolExecutor

printed = 0


def job(n):
    if n == 2:
        raise ValueError("bad")
    return n * 10


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, n) for n in range(3)]
        for f in futures:
            print(f.result())
            printed += 1
