# check: a local bound in a raising try inside with lock (the other nesting)
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    with lock:
        try:
            price = 10 // stock["tea"]
        except ZeroDivisionError:
            pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
