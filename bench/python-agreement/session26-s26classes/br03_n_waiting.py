# refused: how many parties wait at this moment is the engine's state, which no step reads yet
import threading
import time

barrier = threading.Barrier(2)


def first():
    barrier.wait()


t = threading.Thread(target=first)
t.start()
time.sleep(0.01)
waiting = barrier.n_waiting
barrier.wait()
t.join()
print(waiting)
