# A subscriber that subscribes from a thread while another thread publishes: whether the publisher sees
# the new callback depends on the order the threads run in. weft fills a list of callbacks at import
# time, so it refuses the `append` made while threads run.
import threading

received = []
lock = threading.Lock()
subscribers = {"news": []}


def subscribe(topic, callback):
    with lock:
        subscribers[topic].append(callback)


def publish(topic, message):
    with lock:
        callbacks = list(subscribers[topic])
    for callback in callbacks:
        callback(message)


def on_news(message):
    received.append(message)


def late_subscriber():
    subscribe("news", on_news)


def publisher():
    publish("news", "hello")


threads = [threading.Thread(target=late_subscriber), threading.Thread(target=publisher)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"received={len(received)}")
