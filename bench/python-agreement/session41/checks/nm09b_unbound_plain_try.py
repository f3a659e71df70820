# check: a local bound in a try line that raised, read after the handler (session 40 r04's form)
import threading

stock = {"tea": 0}
out = []


def sell():
    try:
        price = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
