# check: walrus in a while loop and comprehension
import threading

a = 0


def work():
    global a
    data = [3, 1, 4, 1, 5]
    total = 0
    while (item := data.pop()) != 4:
        total += item
    a = total * 10 + len(data)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
