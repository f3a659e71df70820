# check: string repeat and slicing with runtime negative values
import threading

a = ""


def work():
    global a
    n = 3 - 5
    s = "ab" * n
    t = "abcdef"[n:]
    r = "abcdef"[::n]
    a = f"[{s}]{t}|{r}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
