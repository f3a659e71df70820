"""A thread whose first statement reads a flag that main sets right after start(). Under the GIL the
thread almost always reads before main writes (start() waits for it to run), but a switch can come
between: weft must list both readings, since exploring orders the two steps either way."""
import threading

flag = 0
seen = -1


def reader():
    global seen
    seen = flag


t = threading.Thread(target=reader)
t.start()
flag = 1
t.join()
print(seen, flag)
