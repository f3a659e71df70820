# check: a local bound by a call that raises inside with lock inside try
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = []
out = []


def sell():
    try:
        with lock:
            price = int("x%d" % stock["tea"])
    except ValueError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
