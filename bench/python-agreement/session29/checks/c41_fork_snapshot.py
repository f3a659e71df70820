# the child gets a copy of the parent's globals as they are at start()
import multiprocessing as mp

setting = 1


def child(q):
    q.put(setting)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    setting = 5
    p.start()
    setting = 7
    got = q.get()
    p.join()
    print(got, setting)
