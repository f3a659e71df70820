# dict operations: popitem takes the last, setdefault, pop with a default, get
import threading

stock = {}
lock = threading.Lock()
out = []


def load(pairs):
    with lock:
        for k, v in pairs:
            stock[k] = v


t = threading.Thread(target=load, args=([("pear", 2), ("apple", 5), ("fig", 1)],))
t.start()
t.join()
del stock["fig"]
out.append(stock.pop("kiwi", 0))
out.append(stock.get("apple", -1))
stock.setdefault("plum", 9)
stock.setdefault("pear", 100)
out.append(stock["pear"])
out.append(len(stock))
for k in stock:
    out.append(k)
print(out)
