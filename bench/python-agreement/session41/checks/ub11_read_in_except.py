# check: a local bound after the raising line, read in the handler
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    try:
        n = 10 // stock["tea"]
        price = n
    except ZeroDivisionError:
        out.append(price)
        price = -1
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
