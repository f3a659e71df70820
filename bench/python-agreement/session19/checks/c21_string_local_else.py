"""A string local set on both branches of an if whose test is known only at run time."""
import threading

flags = []
verdicts = []
lock = threading.Lock()


def judge(n):
    with lock:
        flags.append(n)
        size = len(flags)
    if size % 2 == 0:
        verdict = "even"
    else:
        verdict = "odd"
    with lock:
        verdicts.append(verdict)


if __name__ == "__main__":
    threads = [threading.Thread(target=judge, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    verdicts.sort()
