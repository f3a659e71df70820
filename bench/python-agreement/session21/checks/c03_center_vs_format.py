# str.center and format's ^ put an odd pad on different sides
import queue
import threading

q = queue.Queue()
centered = ""
formatted = ""
zfilled = ""


def worker():
    global centered, formatted, zfilled
    word = q.get()
    centered = word.center(5, "*")
    formatted = f"{word:*^5}"
    zfilled = ("-" + word).zfill(6)


t = threading.Thread(target=worker)
t.start()
q.put("ab")
t.join()
print(centered, formatted, zfilled)
