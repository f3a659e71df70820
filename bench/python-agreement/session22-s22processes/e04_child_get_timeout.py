# A child's `q.get(timeout=...)` that gives up raises queue.Empty, which ends that child (exitcode 1).
import multiprocessing


def waiter(q, out):
    item = q.get(timeout=0.05)
    out.value = item


if __name__ == "__main__":
    q = multiprocessing.Queue()
    out = multiprocessing.Value("i", 0)
    p = multiprocessing.Process(target=waiter, args=(q, out))
    p.start()
    p.join()
    code = p.exitcode
    final = out.value
