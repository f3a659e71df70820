# Right after t.start() main writes a flag the new thread reads first thing: both orders happen in CPython.
import threading

flag = 0
seen = []


def reader():
    seen.append(flag)


for _ in range(3):
    t = threading.Thread(target=reader)
    t.start()
    flag += 1
    t.join()
print(seen)
