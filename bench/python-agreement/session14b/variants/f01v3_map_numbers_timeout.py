# Expected: executor.map returns results in input order within its timeout; sizes == [4, 8, 6] (no bug).
import concurrent.futures
import time

PAGES = [4, 8, 6]
sizes = []


def fetch(i):
    time.sleep(0.01 * (i + 1))
    return PAGES[i]


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        for size in executor.map(fetch, [0, 1, 2], timeout=1):
            sizes.append(size)
    print("sizes:", sizes)


if __name__ == "__main__":
    main()
