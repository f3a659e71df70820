# check: str * int including zero and negative
import threading

a = ""
b = []


def work():
    global a, b
    a = "ab" * 3 + "|" + "x" * 0 + "|" + "y" * -2 + "|"
    b = [0, 1] * 2


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
