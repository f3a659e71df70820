# check: a local bound in the else of a try whose body raised
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    else:
        price = n
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
