import threading

stock = {"apples": 3, "pears": 2}
view = stock.values()
keys = stock.keys()


def restock():
    stock["apples"] += 10
    stock["plums"] = 1


t = threading.Thread(target=restock)
t.start()
t.join()
total = sum(view)
count = len(keys)
print(total, count)
