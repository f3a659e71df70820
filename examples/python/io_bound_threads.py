"""I/O-bound work in threads: the waits overlap, so four threads take about as long as one wait."""
import threading
import time


def fetch(delay):
    time.sleep(delay)  # a request that waits on the network


def main():
    workers = [threading.Thread(target=fetch, args=(0.05,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
