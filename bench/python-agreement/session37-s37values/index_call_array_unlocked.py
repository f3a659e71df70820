# BUG: lost update. Two processes add into a multiprocessing.Array by an index a function of the file
# computes (`hist[slot_of(v)] += 1`) without holding the Array's lock across the read and the write.
import multiprocessing as mp


def slot_of(value):
    return value % 3


def count(values, hist):
    for v in values:
        hist[slot_of(v)] += 1


if __name__ == "__main__":
    hist = mp.Array("i", 3)
    workers = [mp.Process(target=count, args=(chunk, hist)) for chunk in ([1, 4, 2], [7, 5, 3])]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    buckets = list(hist)
    total = sum(buckets)
    print(buckets, total)
