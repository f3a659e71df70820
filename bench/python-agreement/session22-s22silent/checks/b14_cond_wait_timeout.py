import threading

cond = threading.Condition()
result = -1


def waiter():
    global result
    with cond:
        result = 1 if cond.wait(0.01) else 0


t = threading.Thread(target=waiter)
t.start()
t.join()
