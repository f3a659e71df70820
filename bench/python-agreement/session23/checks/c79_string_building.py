# check: a module string built with += by one thread, then joined parts from a list
import threading

text = ""
parts = []


def build():
    global text
    for i in range(4):
        text += str(i * 3)
        parts.append(str(-i))


t = threading.Thread(target=build)
t.start()
t.join()
joined = "|".join(parts)
size = len(text)
