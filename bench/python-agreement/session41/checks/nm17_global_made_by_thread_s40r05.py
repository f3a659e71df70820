# check: session 40 r05's form: a module global that only a thread creates, read by main before the thread writes it
import threading
import time

seen_list = []


def worker():
    global result
    time.sleep(0.01)
    result = 42


t = threading.Thread(target=worker)
t.start()
seen_list.append(result)
t.join()
print(seen_list)
