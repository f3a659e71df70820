"""The parent changes a module list before starting the child: the child (forked at start) sees it."""
import multiprocessing

items = [1]


def child(q):
    q.put(len(items))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    items.append(5)
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    seen = q.get()
    p.join()
    print(seen)
