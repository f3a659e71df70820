# check: a running sum passes 2**63
import threading

a = 0
b = 0


def work():
    global a, b
    total = 9_000_000_000_000_000_000
    for _ in range(3):
        total += 1_000_000_000_000_000_000
    a = total - 11_000_000_000_000_000_000
    b = total > 0


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
