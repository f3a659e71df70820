# check: comprehension variable does not leak; loop variable does
import threading

a = 0
b = 0


def work():
    global a, b
    i = 100
    squares = [i * i for i in range(4)]
    for j in range(3):
        pass
    a = i + sum(squares)
    b = j


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
