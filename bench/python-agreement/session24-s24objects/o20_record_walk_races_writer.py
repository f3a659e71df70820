# A dict with string keys walked by .items() in one thread while another writes its values: Python's
# iterator reads each value when the loop reaches it, so a walk may see one key's old value and the
# next key's new one.
import threading

prices = {"apple": 1, "pear": 1}
seen = []


def reader(table):
    for name, price in table.items():
        seen.append(price)


def writer(table):
    table["apple"] = 2
    table["pear"] = 2


threads = [threading.Thread(target=reader, args=(prices,)), threading.Thread(target=writer, args=(prices,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
