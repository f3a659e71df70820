# Known bug: executor jobs do `counts[key] += 1` on a shared dict without a lock: updates can be lost.
from concurrent.futures import ThreadPoolExecutor

counts = {0: 0, 1: 0}


def tally(key):
    counts[key] += 1
    return key


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(tally, i % 2) for i in range(6)]
        for f in futures:
            f.result()
    print(f"counts: {counts}")


if __name__ == "__main__":
    main()
