# check: int() parsing and truncation
import threading

a = 0
b = 0
c = 0


def work():
    global a, b, c
    a = int("  42 ") + int("0x1f", 16) + int("-17")
    b = int(-3.9) * 100 + int(3.9)
    c = int("1_000") + int(True)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
