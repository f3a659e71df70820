# bug: lost wake-up: the loader notifies before the waiter waits, and the waiter waits with no predicate, so it sleeps forever
import threading

ready = threading.Condition()
data = []


def waiter():
    with ready:
        ready.wait()
    print("got", data)


def loader():
    data.append(42)
    with ready:
        ready.notify()


t1 = threading.Thread(target=waiter)
t2 = threading.Thread(target=loader)
t1.start()
t2.start()
t1.join()
t2.join()
assert data == [42]
