# check: a local bound in a while loop inside with lock that never runs
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    with lock:
        while stock["tea"] > 0:
            price = stock["tea"]
            stock["tea"] -= 1
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
