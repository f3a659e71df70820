# check: list methods in a thread: remove the first match, insert at the front, index, stable sort by key
import threading

items = ["pear", "fig", "apple", "fig", "kiwi"]
out = {}


def edit():
    items.remove("fig")
    items.append("plum")
    out["index"] = items.index("fig")
    items.sort(key=len)
    out["joined"] = "/".join(items)
    out["popped"] = items.pop(0)


t = threading.Thread(target=edit)
t.start()
t.join()
index = out["index"]
joined = out["joined"]
popped = out["popped"]
print(index, joined, popped, items)
