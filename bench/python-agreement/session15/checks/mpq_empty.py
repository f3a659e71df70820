import multiprocessing


def produce(q):
    q.put(42)


empty_seen = 0
got = 0

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    if q.empty():
        empty_seen = 1
    got = q.get()
