# Processes whose targets are a functools.partial and a lambda with a default: each works on its own
# copy of the module's globals, so the parent's total stays 0.
# CPython 3.11.7 (agree.py, 10 runs): ok total=0 (10 of 10). weft explore: 1 outcome, complete (each process's own total 1 and 2). Before session 19 the partial target did not load and the lambda was refused.
import functools
import multiprocessing

total = 0


def add(n):
    global total
    total += n


if __name__ == "__main__":
    p = multiprocessing.Process(target=functools.partial(add, 1))
    q = multiprocessing.Process(target=lambda n=2: add(n))
    p.start()
    q.start()
    p.join()
    q.join()
    print(total)
