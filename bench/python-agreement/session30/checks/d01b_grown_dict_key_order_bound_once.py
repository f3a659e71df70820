import threading
import time

stock = {"apple": 5, "pear": 3}


def add(item, amount):
    time.sleep(0.001)
    stock[item] = amount


threads = [threading.Thread(target=add, args=("kiwi", 1)), threading.Thread(target=add, args=("plum", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
order = list(stock)
print(order)
