# check: x = y = [] makes one list
import threading

sizes = []


def work():
    evens = odds = []
    for n in range(5):
        if n % 2:
            odds.append(n)
        else:
            evens.append(n)
    sizes.append(len(evens))
    sizes.append(len(odds))


t = threading.Thread(target=work)
t.start()
t.join()
print(sizes)
