# check: string values kept in globals: join, split, slicing, f-string padding, upper, replace
import threading

words = []


def build():
    s = "a,b,,c"
    parts = s.split(",")
    words.append(len(parts))
    words.append("-".join(p for p in parts if p))
    words.append(f"{7:03d}|{'x':>3}|{3.14159:.2f}")
    words.append("Hello"[::-1].upper())
    words.append("aaa".replace("a", "b", 2))
    words.append(str([1, 2]) + str((3,)))


t = threading.Thread(target=build)
t.start()
t.join()
