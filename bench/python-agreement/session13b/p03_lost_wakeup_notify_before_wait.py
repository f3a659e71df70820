# Known bug: the waiter checks no predicate, so a notify() sent before it waits is lost -> hangs (deadlock).
import threading

cond = threading.Condition()
ready = 0
woken = 0


def waiter():
    global woken
    with cond:
        cond.wait()
        woken = 1


def signaller():
    global ready
    with cond:
        ready = 1
        cond.notify()


def main():
    w = threading.Thread(target=waiter)
    s = threading.Thread(target=signaller)
    s.start()
    w.start()
    s.join()
    w.join()
    print("woken", woken)


if __name__ == "__main__":
    main()
