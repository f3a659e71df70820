# check: min/max with key and ties
import threading

a = ""
b = 0
c = 0


def work():
    global a, b, c
    words = ["pear", "fig", "kiwi", "apple", "date"]
    a = max(words, key=len) + "|" + min(words, key=len) + "|" + max(words)
    b = min(3, 1.0, 1) if False else max(1, 1.0)
    c = max([], default=-1)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
