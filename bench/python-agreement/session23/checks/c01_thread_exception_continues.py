# check: an uncaught exception in a thread kills that thread only; main goes on (status ok in CPython)
import threading

done = []


def bad():
    done.append(1)
    raise ValueError("boom")


def good():
    done.append(2)


t1 = threading.Thread(target=bad)
t1.start()
t1.join()
t2 = threading.Thread(target=good)
t2.start()
t2.join()
finished = len(done)
