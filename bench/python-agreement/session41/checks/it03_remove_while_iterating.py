# check: removing from a list while walking it skips the next item
import threading

kept = []


def work():
    xs = [2, 4, 5, 6, 8, 9]
    for x in xs:
        if x % 2 == 0:
            xs.remove(x)
    kept.extend(xs)


t = threading.Thread(target=work)
t.start()
t.join()
print(kept)
