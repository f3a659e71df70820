"""A dict with string keys handed to a Process in args= and written by the child: weft's own "does not load"."""
import multiprocessing


def fill(counts):
    counts["child"] = 1


if __name__ == "__main__":
    counts = {"child": 0}
    p = multiprocessing.Process(target=fill, args=(counts,))
    p.start()
    p.join()
    parent_seen = counts["child"]
    print(parent_seen)
