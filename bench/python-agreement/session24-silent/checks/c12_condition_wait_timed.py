import threading

cond = threading.Condition()
results = []


def waiter():
    with cond:
        results.append(cond.wait(0.01))


t = threading.Thread(target=waiter)
t.start()
t.join()
print(results)
