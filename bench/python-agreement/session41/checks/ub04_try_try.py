# check: a local bound in a raising line of a nested try
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    try:
        try:
            price = 10 // stock["tea"]
        finally:
            orders.append(1)
    except ZeroDivisionError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
