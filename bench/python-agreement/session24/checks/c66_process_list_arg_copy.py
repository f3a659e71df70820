"""A list handed to a Process in args= is a copy in the child: the child's appends do not reach the parent."""
import multiprocessing


def fill(items, counts):
    items.append(99)
    counts["child"] = len(items)


if __name__ == "__main__":
    items = [1, 2]
    counts = {"child": 0}
    p = multiprocessing.Process(target=fill, args=(items, counts))
    p.start()
    p.join()
    parent_len = len(items)
    child_seen = counts["child"]
    print(parent_len, child_seen)
