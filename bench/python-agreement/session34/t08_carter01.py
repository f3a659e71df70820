# BUG: port of SCTBench carter01: the two workers take the locks in different orders on one path, so they can deadlock.
import threading

m = threading.Lock()
l = threading.Lock()
A = 0
B = 0


def t1():
    global A, B
    with m:
        A += 1
        if A == 1:
            l.acquire()
    B += 1
    if A == 1:
        l.release()
    with m:
        A -= 1


def t2():
    global A, B
    l.acquire()
    try:
        B += 1
        with m:
            A += 1
    finally:
        l.release()
    with m:
        A -= 1


def main():
    workers = [threading.Thread(target=t1), threading.Thread(target=t2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("A", A, "B", B)


main()
