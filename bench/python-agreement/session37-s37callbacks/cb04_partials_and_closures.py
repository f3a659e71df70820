# Callbacks of every kind in one bus, subscribed in main before the workers start: a function, a
# functools.partial, a closure a factory made and a lambda, kept per topic with setdefault and looked up
# with get (a topic nobody subscribed to delivers nothing). Each callback takes the totals' lock.
import functools
import threading

totals = {"mail": 0, "sms": 0, "push": 0}
totals_lock = threading.Lock()
routes = {}


def subscribe(topic, callback):
    routes.setdefault(topic, []).append(callback)


def publish(topic, count):
    for callback in routes.get(topic, []):
        callback(count)


def add(channel, count):
    with totals_lock:
        totals[channel] += count


def make_sender(channel, factor):
    def send(count):
        add(channel, count * factor)
    return send


def main():
    subscribe("signup", functools.partial(add, "mail"))
    subscribe("signup", make_sender("sms", 2))
    subscribe("alert", lambda count: add("push", count))
    subscribe("alert", make_sender("sms", 1))
    workers = [
        threading.Thread(target=publish, args=("signup", 1)),
        threading.Thread(target=publish, args=("alert", 5)),
        threading.Thread(target=publish, args=("unknown", 7)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"mail={totals['mail']} sms={totals['sms']} push={totals['push']}")


if __name__ == "__main__":
    main()
