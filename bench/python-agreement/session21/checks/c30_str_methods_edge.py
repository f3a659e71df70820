# title, capitalize, strip with chars and split with a separator
import queue
import threading

q = queue.Queue()
titled = ""
capped = ""
stripped = ""
pieces = 0
last_piece = ""


def worker():
    global titled, capped, stripped, pieces, last_piece
    s = q.get()
    titled = s.title()
    capped = s.capitalize()
    stripped = s.strip("th")
    a, b, c, d = "a,b,,c".split(",")
    pieces = len(s.split("'"))
    last_piece = d + c


t = threading.Thread(target=worker)
t.start()
q.put("they're bILL's")
t.join()
print(titled, capped, stripped, pieces, last_piece)
