# BUG: check-then-act on a queue: two consumers both see the queue non-empty, one of them takes the last
# item and the other blocks forever in get()
import queue
import threading

inbox = queue.Queue()
for message in ["hello", "world", "bye"]:
    inbox.put(message)

handled = []
handled_lock = threading.Lock()


def drain():
    while not inbox.empty():
        message = inbox.get()
        with handled_lock:
            handled.append(message.upper())


readers = [threading.Thread(target=drain) for _ in range(2)]
for r in readers:
    r.start()
for r in readers:
    r.join()
count = len(handled)
print(count, sorted(handled))
