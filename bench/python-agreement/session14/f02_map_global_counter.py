# Known bug: lost update on hits (hits += 1 split by a sleep across pool threads; final hits < 8)
import time
from concurrent.futures import ThreadPoolExecutor

hits = 0


def record_hit(page):
    global hits
    current = hits
    time.sleep(0.001)
    hits = current + 1
    return page


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        served = list(pool.map(record_hit, range(8)))
    print(f"served={served} hits={hits} (expected 8)")


if __name__ == "__main__":
    main()
