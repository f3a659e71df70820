# CPython 3.11.7, 10 runs: fault (ValueError from a result inside the printed comprehension) 10 of 10;
# weft before session 20's end: ok under "complete" (the comprehension was only read).
from concurrent.futures import ThreadPoolExecutor

finished = 0


def job(n):
    if n == 1:
        raise ValueError("bad")
    return n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, n) for n in range(3)]
        print("results:", len([f.result() for f in futures]))
        finished = 1
