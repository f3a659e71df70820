# check: a local bound in a loop over an empty shared list inside try
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    try:
        for o in orders:
            price = o
    except KeyError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
