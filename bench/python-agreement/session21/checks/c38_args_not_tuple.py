# args=("ab") is a string, not a tuple: the thread gets one argument per character
import threading

received = []


def worker(first, second):
    received.append(first)
    received.append(second)


t = threading.Thread(target=worker, args=("ab"))
t.start()
t.join()
print(received)
