# str() of exceptions: a KeyError's text has quotes, int()'s ValueError names the text
import queue
import threading

q = queue.Queue()
messages = []
table = {}


def worker():
    key = q.get()
    word = q.get()
    try:
        x = table[key]
    except KeyError as e:
        messages.append(str(e))
    try:
        n = int(word)
    except ValueError as e:
        messages.append(str(e))
    try:
        n = 1 // (len(word) - 3)
    except ZeroDivisionError as e:
        messages.append(str(e))


t = threading.Thread(target=worker)
t.start()
q.put("missing")
q.put("abc")
t.join()
print(messages)
