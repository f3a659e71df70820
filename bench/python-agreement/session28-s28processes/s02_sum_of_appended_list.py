"""Two threads append to a shared list under a lock while the main thread sums it once both are done,
and a worker sums a list it built by `append` (`sum` of lists made at run time)."""
import threading

seen = []
lock = threading.Lock()
partial = 0
total = 0


def worker(base):
    global partial
    mine = []
    for k in range(3):
        mine.append(base + k)
        with lock:
            seen.append(base * k)
    with lock:
        partial += sum(mine)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(b,)) for b in (1, 10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(seen)
    print(partial, total)
