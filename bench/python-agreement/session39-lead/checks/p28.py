import threading
inventory = {"a": 1, "b": 2, "c": 3}
order = []
lock = threading.Lock()
def churn():
    with lock:
        del inventory["b"]
        inventory["d"] = 4
        inventory["b"] = 5
def read():
    with lock:
        order.append(list(inventory))
t1 = threading.Thread(target=churn); t2 = threading.Thread(target=read)
t1.start(); t1.join(); t2.start(); t2.join()
print(order, list(inventory.items()))
