"""A float balance read into a local and written back (`balance = current + amount`): the classic lost
deposit, with floats."""
import threading
import time

balance = 100.0


def deposit(amount):
    global balance
    current = balance
    time.sleep(0.001)
    balance = current + amount


t1 = threading.Thread(target=deposit, args=(10.5,))
t2 = threading.Thread(target=deposit, args=(0.25,))
t1.start()
t2.start()
t1.join()
t2.join()
print(balance)
