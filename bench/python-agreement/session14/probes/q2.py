# multiprocessing queue producer / consumer
import multiprocessing

total = 0


def producer(q):
    for i in range(1, 5):
        q.put(i)
    q.put(None)


def main():
    global total
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q,))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    p.join()


if __name__ == "__main__":
    main()
