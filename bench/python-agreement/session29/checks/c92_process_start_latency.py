# a child process's first write lands some milliseconds after start(): the parent may read before or after
import multiprocessing as mp
import time


def child(v):
    v.value = 1


if __name__ == "__main__":
    v = mp.Value("i", 0)
    p = mp.Process(target=child, args=(v,))
    p.start()
    time.sleep(0.002)
    early = v.value
    p.join()
    late = v.value
    print(early, late)
