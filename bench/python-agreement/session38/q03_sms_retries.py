# BUG: order violation: a worker that fails to send an SMS calls task_done() before putting the retry
# back, so the unfinished count can reach zero and join() return while the retry is still pending.
import queue
import threading
import time

outbox = queue.Queue()
sent = []
attempts = {}


def send(message):
    attempts[message] = attempts.get(message, 0) + 1
    time.sleep(0.001)
    return not (message == "otp" and attempts[message] == 1)


def worker():
    while True:
        message = outbox.get()
        if send(message):
            sent.append(message)
            outbox.task_done()
        else:
            outbox.task_done()
            time.sleep(0.001)
            outbox.put(message)


threading.Thread(target=worker, daemon=True).start()
for message in ["otp"]:
    outbox.put(message)
outbox.join()

print(f"sent={sent} attempts={attempts}")
