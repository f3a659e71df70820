# check: the except-as name read after the handler (deleted: UnboundLocalError)
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError as price:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
