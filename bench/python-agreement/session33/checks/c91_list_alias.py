import threading

items = [1, 2]
alias = items
copy = items[:]
copy2 = list(items)


def add():
    items.append(3)


t = threading.Thread(target=add)
t.start()
t.join()
print(len(alias), len(copy), len(copy2), alias[-1])
