# check: ord and chr
import threading

a = 0
b = ""


def work():
    global a, b
    a = sum(ord(c) for c in "abc")
    b = "".join(chr(ord(c) + 1) for c in "HAL")


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
