# check: a queue.Queue (a thread queue) handed to a child process is copied, not shared: the parent
# never sees what the child puts
import queue
from multiprocessing import Process

results = queue.Queue()


def produce(q):
    q.put("from child")


if __name__ == "__main__":
    p = Process(target=produce, args=(results,))
    p.start()
    p.join()
    size = results.qsize()
    print(size)
