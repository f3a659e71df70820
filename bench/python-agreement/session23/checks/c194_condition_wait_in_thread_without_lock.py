# check: a thread that waits on a Condition without taking its lock dies of RuntimeError; main goes on
import threading

cond = threading.Condition()
state = []


def waiter():
    cond.wait()
    state.append(1)


t = threading.Thread(target=waiter)
t.start()
t.join()
with cond:
    cond.notify_all()
state.append(2)
