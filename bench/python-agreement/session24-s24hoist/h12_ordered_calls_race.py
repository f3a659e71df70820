import threading

balance = 10
log = []


def withdraw(amount):
    global balance
    if balance >= amount:
        balance -= amount
        return amount
    return 0


def rival():
    withdraw(6)


t = threading.Thread(target=rival)
t.start()
got = [withdraw(a) for a in (3, 4) if balance > 0]
paid = sum(got)
t.join()
