# check: a local bound after a raising line inside `with lock:`; the handler outside reads it
import threading

lock = threading.Lock()
stock = {"tea": 0}
out = []


def sell():
    try:
        with lock:
            price = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
