# check: a local bound only in a while-else's else, the loop breaking
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    n = 0
    while n < 3:
        n += 1
        if n == len(orders):
            break
    else:
        price = n
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
