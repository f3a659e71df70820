# check: pop(0), pop(), insert at negative index, remove first
import threading

a = ""


def work():
    global a
    xs = [5, 3, 5, 7, 9]
    first = xs.pop(0)
    last = xs.pop()
    xs.insert(-1, 8)
    xs.remove(5)
    xs.insert(100, 1)
    a = ",".join(str(x) for x in xs) + f"|{first}|{last}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
