# A shared histogram: worker processes classify numbers into 4 buckets and increment a shared
# multiprocessing.Array under a multiprocessing.Lock; the parent prints the buckets.
import multiprocessing as mp

DATA = [[3, 17, 42, 8], [25, 31, 5, 49], [12, 38, 44, 1]]


def bucket_of(value):
    return min(value // 13, 3)


def classify(numbers, histogram, lock):
    for value in numbers:
        with lock:
            histogram[bucket_of(value)] += 1


if __name__ == "__main__":
    histogram = mp.Array("i", 4)
    lock = mp.Lock()
    workers = [mp.Process(target=classify, args=(chunk, histogram, lock)) for chunk in DATA]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    buckets = list(histogram)
    total = sum(buckets)
    print(f"buckets={buckets} total={total}")
