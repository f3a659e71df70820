"""`total += 0.1` in a loop after `total = 0.0`: refused as "read before it is assigned (UnboundLocalError)"."""
import threading

text = ""


def compute():
    global text
    total = 0.0
    for _ in range(10):
        total += 0.1
    text = str(total)


t = threading.Thread(target=compute)
t.start()
t.join()
print(text)
