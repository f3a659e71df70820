"""A dict with string keys given to two processes: each writes its own copy; the parent's stays."""
import multiprocessing


def fill(counts, results, tag):
    counts["hits"] = counts["hits"] + tag
    results.put(counts["hits"])


if __name__ == "__main__":
    counts = {"hits": 1}
    results = multiprocessing.Queue()
    first = multiprocessing.Process(target=fill, args=(counts, results, 10))
    second = multiprocessing.Process(target=fill, args=(counts, results, 20))
    first.start()
    second.start()
    got_a = results.get()
    got_b = results.get()
    first.join()
    second.join()
    total = got_a + got_b
    parent_hits = counts["hits"]
    print(total, parent_hits)
