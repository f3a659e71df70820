# Expected: executor.map returns results in input order within its timeout; sizes == [4, 8, 6] (no bug).
import concurrent.futures
import time

PAGES = {"a": 4, "bb": 8, "ccc": 6}
sizes = []


def fetch(name):
    time.sleep(0.01 * len(name))
    return PAGES[name]


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        for size in executor.map(fetch, ["a", "bb", "ccc"], timeout=1):
            sizes.append(size)
    print("sizes:", sizes)


if __name__ == "__main__":
    main()
