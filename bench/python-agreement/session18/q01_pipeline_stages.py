# Three-stage pipeline: reader -> parser -> aggregator, each stage stops on a None sentinel.
import queue
import threading

RAW_LINES = ["GET /index 200", "POST /login 302", "GET /missing 404", "GET /index 200"]

parse_queue = queue.Queue()
count_queue = queue.Queue()
status_counts = {}
paths_seen = []


def reader():
    for line in RAW_LINES:
        parse_queue.put(line)
    parse_queue.put(None)


def parser():
    while True:
        line = parse_queue.get()
        if line is None:
            count_queue.put(None)
            break
        method, path, status = line.split()
        count_queue.put((path, status))


def aggregator():
    while True:
        item = count_queue.get()
        if item is None:
            break
        path, status = item
        status_counts[status] = status_counts.get(status, 0) + 1
        paths_seen.append(path)


if __name__ == "__main__":
    stages = [threading.Thread(target=f) for f in (reader, parser, aggregator)]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    assert paths_seen == ["/index", "/login", "/missing", "/index"]
