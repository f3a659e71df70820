"""Default arguments: evaluated once at def time; a mutable default shared across calls."""
import threading

LIMIT = 3
seen_sizes = []


def collect(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


def scaled(x, factor=LIMIT * 2):
    return x * factor


def worker():
    for i in range(3):
        seen_sizes.append(collect(i))
    seen_sizes.append(scaled(5))
    seen_sizes.append(scaled(5, 1))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
