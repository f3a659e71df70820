import threading

items = [1, 2, 3, 4, 5]
taken = []


def work():
    taken.append(items.pop(0))


t = threading.Thread(target=work)
t.start()
t.join()
back = items[::-1]
print(taken, back)
