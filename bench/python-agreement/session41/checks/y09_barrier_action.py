# check: a Barrier's action runs once per round, in the last thread to arrive
import threading
import time

rounds = []
arrivals = []
lock = threading.Lock()


def report():
    rounds.append(threading.current_thread().name)


barrier = threading.Barrier(2, action=report)


def walker(name, pace):
    for _ in range(2):
        time.sleep(pace)
        with lock:
            arrivals.append(name)
        barrier.wait()


a = threading.Thread(target=walker, args=("a", 0.001), name="a")
b = threading.Thread(target=walker, args=("b", 0.004), name="b")
a.start()
b.start()
a.join()
b.join()
print(rounds, arrivals)
