import threading
from concurrent.futures import ThreadPoolExecutor

seen = []
lock = threading.Lock()


def measure(n):
    with lock:
        seen.append(n)
    return (n * 7) % 5


def main():
    with ThreadPoolExecutor(max_workers=2) as pool:
        sizes = list(pool.map(measure, range(5)))
    ordered = sorted(s * 10 for s in sizes)
    smallest = min(s + 1 for s in sizes)
    largest = max(s for s in sizes)
    for value in ordered:
        seen.append(value)
    seen.append(smallest)
    seen.append(largest)


main()
print(seen)
