# check: a local bound in an if inside try, the branch not taken
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    try:
        if stock["tea"] > 0:
            price = 3
    except KeyError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
