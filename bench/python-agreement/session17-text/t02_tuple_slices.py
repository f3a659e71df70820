"""Request tuples taken from a queue and split into their head and the rest by slicing (t[1:], t[::-1],
t[-1], t[:1]); two workers race on `last_rest` and `last_first`."""
import queue
import threading

requests = queue.Queue()
last_rest = None
last_first = None
heads = 0
lock = threading.Lock()


def handle():
    global last_rest, last_first, heads
    while True:
        request = requests.get()
        if request is None:
            break
        head = request[0]
        rest = request[1:]
        with lock:
            heads += head
        last_rest = rest[::-1]
        last_first = request[:1] if request[-1] != "/b" else request[-2:]


workers = [threading.Thread(target=handle) for _ in range(2)]
for w in workers:
    w.start()
requests.put((1, "get", "/a"))
requests.put((2, "put", "/b"))
for _ in workers:
    requests.put(None)
for w in workers:
    w.join()
print(last_rest, last_first, heads)
