# items.index(x) and items.count(x) as values
import threading
items = [3, 1, 3]
where = -1
many = -1


def work():
    global where, many
    where = items.index(1)
    many = items.count(3)


t = threading.Thread(target=work)
t.start()
t.join()
print(where, many)
