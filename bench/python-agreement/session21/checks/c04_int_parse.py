# int() of text: Python strips whitespace and takes underscores and signs
import queue
import threading

q = queue.Queue()
parsed = []
errors = 0


def worker():
    global errors
    while True:
        text = q.get()
        if text == "stop":
            break
        try:
            parsed.append(int(text))
        except ValueError:
            errors += 1


t = threading.Thread(target=worker)
t.start()
for text in ["  42 ", "+7", "1_000", "-0", "1__0", "0x10", "٣"]:
    q.put(text)
q.put("stop")
t.join()
print(parsed, errors)
