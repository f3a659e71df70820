# REFUSED: splitlines inside a thread's function (weft has no form for the lines of a string there).
import threading

TEXT = "a b\nc\n"
counts = []


def work():
    for line in TEXT.splitlines():
        counts.append(len(line.split()))


t = threading.Thread(target=work)
t.start()
t.join()
print(counts)
