"""A dict's order after pop and re-insert: the key goes to the end; keys joined in a thread."""
import threading

stock = {"apple": 1, "pear": 2, "plum": 3}
order = ""


def restock():
    global order
    count = stock.pop("apple")
    stock["apple"] = count + 10
    order = ",".join(stock)


t = threading.Thread(target=restock)
t.start()
t.join()
print(order)
