# Known bug: futures append to a shared list with `order = order + [n]` (read, then rebind): entries may be lost.
from concurrent.futures import ThreadPoolExecutor, as_completed

order = []
finished = 0


def job(n):
    global order
    order = order + [n]
    return n


def main():
    global finished
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(job, n) for n in range(3)]
        for fut in as_completed(futures):
            fut.result()
            finished += 1
    print(f"finished={finished} order={order}")


if __name__ == "__main__":
    main()
