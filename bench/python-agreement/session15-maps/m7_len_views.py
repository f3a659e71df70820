# Known bug: the counter reads the size and the sum in two steps, between which a worker inserts.
import threading

scores = {}
size = 0
total = 0


def worker(key, value):
    scores[key] = value


def main():
    global size, total
    threads = [threading.Thread(target=worker, args=(k, k * 10)) for k in range(1, 3)]
    for t in threads:
        t.start()
    size = len(scores.keys())
    total = sum(list(scores.values()))
    for t in threads:
        t.join()
    assert total == size * 15, (size, total)


if __name__ == "__main__":
    main()
