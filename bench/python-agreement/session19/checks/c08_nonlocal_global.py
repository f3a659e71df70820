"""A nonlocal counter in a closure and a global written from a nested function."""
import threading

total = 0


def main():
    hits = 0
    lock = threading.Lock()

    def worker():
        nonlocal hits
        global total
        with lock:
            hits += 1
            total += 10

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return hits


if __name__ == "__main__":
    result = main()
