# check: a local bound only in a for-else's else, the loop breaking
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    for o in orders:
        if o > 1:
            break
    else:
        price = 0
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
