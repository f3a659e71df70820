import threading


class Account:
    def __init__(self, balance):
        self.lock = threading.Lock()
        self.balance = balance

    def __enter__(self):
        self.lock.acquire()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.lock.release()


a = Account(100)
b = Account(50)


def move_a_to_b(amount):
    with a, b:
        a.balance -= amount
        b.balance += amount


def move_b_to_a(amount):
    with b, a:
        b.balance -= amount
        a.balance += amount


t1 = threading.Thread(target=move_a_to_b, args=(30,))
t2 = threading.Thread(target=move_b_to_a, args=(20,))
t1.start()
t2.start()
t1.join()
t2.join()
print("a", a.balance, "b", b.balance)
