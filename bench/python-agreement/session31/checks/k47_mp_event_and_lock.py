# a multiprocessing.Event gates two children; a multiprocessing.Lock guards a shared Value they both add to
import multiprocessing as mp


def child(start, lock, total, n):
    start.wait()
    for _ in range(n):
        with lock:
            total.value += 1


if __name__ == "__main__":
    start = mp.Event()
    lock = mp.Lock()
    total = mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=child, args=(start, lock, total, k)) for k in (3, 4)]
    for p in ps:
        p.start()
    start.set()
    for p in ps:
        p.join()
    print(total.value)
