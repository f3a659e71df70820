# check: // and % of negative numbers floor as Python does
import threading

balance = 10
parts = 0
rest = 0


def spend():
    global balance
    balance -= 17


t = threading.Thread(target=spend)
t.start()
t.join()
parts = balance // 3
rest = balance % 3
print(balance, parts, rest)
