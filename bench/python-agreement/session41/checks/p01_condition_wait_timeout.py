# check: Condition.wait(timeout) returns False when nobody notifies
import threading

results = []
cond = threading.Condition()


def waiter():
    with cond:
        got = cond.wait(timeout=0.01)
        results.append(int(got))


t = threading.Thread(target=waiter)
t.start()
t.join()
print(results)
