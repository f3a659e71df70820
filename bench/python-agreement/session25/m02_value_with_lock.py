from multiprocessing import Array, Process, Value


def tally(hits, histogram, bucket, times):
    for _ in range(times):
        with hits.get_lock():
            hits.value += 1
        with histogram.get_lock():
            histogram[bucket] += 1


if __name__ == "__main__":
    hits = Value("i", 0)
    histogram = Array("i", 3)
    procs = [Process(target=tally, args=(hits, histogram, i % 3, 50)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("hits", hits.value, "histogram", list(histogram))
    print("exit codes", [p.exitcode for p in procs])
