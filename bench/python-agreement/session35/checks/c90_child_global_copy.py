"""A child process appends to a module list and bumps a counter: the parent's copies do not change."""
import multiprocessing as mp

log = [1]
count = 0


def child(q):
    global count
    log.append(2)
    count += 5
    q.put(len(log) * 10 + count)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    seen_in_child = q.get()
    p.join()
    print(log, count, seen_in_child)
