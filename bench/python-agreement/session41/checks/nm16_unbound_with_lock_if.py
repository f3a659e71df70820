# check: a local bound in one branch of an if inside `with lock:`, the branch depending on shared state
import threading

lock = threading.Lock()
stock = {"tea": 0}
out = []


def sell():
    with lock:
        if stock["tea"] > 0:
            price = 3
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
