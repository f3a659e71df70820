# check: a local bound only in the except clause, the body not raising
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    stock["tea"] = 5
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError:
        price = 0
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
