"""threading.Timer with args and kwargs; cancel after it fired has no effect."""
import threading

calls = []


def notify(user, channel="email"):
    calls.append(f"{user}:{channel}")


if __name__ == "__main__":
    t1 = threading.Timer(0.001, notify, args=("ann",), kwargs={"channel": "sms"})
    t2 = threading.Timer(0.002, notify, args=("bob",))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    t1.cancel()
    calls.sort()
