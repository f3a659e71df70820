# check: a local bound only in match cases, none matching
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    match stock["tea"]:
        case 1:
            price = 3
        case 2:
            price = 5
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
