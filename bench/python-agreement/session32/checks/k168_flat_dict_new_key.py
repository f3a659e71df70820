# A module dict with string keys gets a new key from a thread's argument; len and a walk follow.
import threading

stock = {"apples": 3, "pears": 2}
size = 0
total = 0


def add(name, n):
    stock[name] = n


t = threading.Thread(target=add, args=("kiwis", 4))
t.start()
t.join()
size = len(stock)
for k in stock:
    total += stock[k]
print(size, total)
