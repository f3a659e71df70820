# Two names for one list: appending through the alias changes the module list.
import threading

items = []
alias = items


def fill():
    alias.append(5)


t = threading.Thread(target=fill)
t.start()
t.join()
print(items, len(items))
