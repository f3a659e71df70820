# Two threads build one string with += (read, concatenate, write): a piece can be lost.
import threading

text = ""


def add(piece):
    global text
    for _ in range(2):
        text += piece


threads = [threading.Thread(target=add, args=(p,)) for p in ("x", "y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
length = len(text)
