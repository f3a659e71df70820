"""A thread of the main process puts into a multiprocessing.Queue; joining the thread does not flush the process's feeder, so empty() may still be True (refused)."""
import multiprocessing
import threading


if __name__ == "__main__":
    q = multiprocessing.Queue()
    t = threading.Thread(target=q.put, args=(5,))
    t.start()
    t.join()
    print(int(q.empty()))
    q.get()
