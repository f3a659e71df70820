# Known bug: sellers test `tickets > 0` and then decrement without a lock, so more tickets can be sold than exist (tickets ends below 0).
import threading

tickets = 3
sold = {"alice": 0, "bob": 0}


def seller(name):
    global tickets
    while tickets > 0:
        remaining = tickets
        sold[name] += 1
        tickets = remaining - 1


alice = threading.Thread(target=seller, args=("alice",))
bob = threading.Thread(target=seller, args=("bob",))
alice.start()
bob.start()
alice.join()
bob.join()
print("tickets left:", tickets)
print("sold:", sold)
